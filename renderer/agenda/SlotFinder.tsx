import { finderRefusal } from './finder-refusal';
import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CATEGORY_LABELS, type CategoryCode } from '../../electron/api/common/schemas/inbox-protocol';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import type { PatientSummary } from '../../electron/api/common/schemas/patients';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { frDate, frTime, patientName } from '../../electron/api/common/french';
import { ErrorAlert } from '../ui/errors';
import { practitionerChoices } from '../patients/practitioner-choices';
import { SlotAdviceNotices, useSlotAdvice, WaitlistButton } from './SlotAdvice';
import { constraintsNote, SlotConstraints } from './SlotConstraints';
import { FinderMoveBanner, useFinderMove } from './FinderMove';
import { SeriesButton } from './SeriesButton';

const URGENCIES: CategoryCode[] = ['urgence-immediate', 'urgence-jour', 'semi-urgent', 'programme'];
const patientLabel = (patient: PatientSummary) => `${patientName(patient)} (${frDate(patient.birthDate)})`;

/**
 * « Trouver un créneau » (issue 12): the patient, the motif, the urgency and the patient's
 * constraints; the best slots ranked, each with why; Entrée books the first one.
 */
export function SlotFinder({
  onBooked,
  from,
}: {
  onBooked: (date: string, practitionerId: number) => void;
  /**
   * Where the finder was opened from: an inbox message (its patient and urgency, and the message
   * the booking answers), a patient file, or the Consultation workspace (the practitioner, a
   * motif whose label contains `motifHint`, « pas avant » 10 days ahead).
   */
  from: {
    messageId: number | null;
    patientId: number | null;
    urgency: CategoryCode | null;
    after: string | null;
    practitionerId?: number | null;
    motifHint?: string | null;
    motifId?: number | null;
    /** The appointment to move, and why (an absence covers it): a chosen slot moves it. */
    moveId?: number | null;
    moveReason?: string | null;
  };
}) {
  const motifs = useApiQuery('agenda.motifs', {});
  const practitioners = useApiQuery('practice.listPractitioners', {});
  const [query, setQuery] = useState('');
  const [patient, setPatient] = useState<{ id: number; label: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const linked = useApiQuery('patientFile.open', { id: from.patientId ?? 0 }, { enabled: from.patientId !== null });
  const [prefilled, setPrefilled] = useState(false);
  if (!prefilled && linked.data) {
    setPrefilled(true);
    const { fields } = linked.data;
    setPatient({
      id: linked.data.id,
      label: `${patientName(fields)} (${frDate(fields.birthDate)})`,
    });
  }
  const found = useApiQuery('patients.search', { query, limit: 5 }, { enabled: query.trim().length >= 2 && !patient });
  const [chosenMotif, setMotifId] = useState<number | null>(null);
  const hinted = from.motifHint
    ? motifs.data?.find((m) => m.active && m.label.toLowerCase().includes(from.motifHint?.toLowerCase() ?? ''))
    : undefined;
  const motifId = chosenMotif ?? from.motifId ?? hinted?.id ?? null;
  const [practitionerId, setPractitionerId] = useState<number | null>(from.practitionerId ?? null);
  const [notWeekdays, setNotWeekdays] = useState<string[]>([]);
  const [afterTyped, setAfterTyped] = useState(from.after ? frDate(from.after) : '');
  const after = afterTyped.trim() ? parseFrenchDate(afterTyped) : null;
  // An « urgence immédiate » stays one (issue 24): the finder says it is to be seen now.
  const [urgency, setUrgency] = useState<CategoryCode>(() =>
    from.urgency && URGENCIES.includes(from.urgency) ? from.urgency : 'programme',
  );
  const [mornings, setMornings] = useState(false);
  const [afternoons, setAfternoons] = useState(false);
  const search = {
    motifId: motifId ?? 0,
    practitionerIds: practitionerId ? [practitionerId] : [],
    urgency,
    mornings,
    afternoons,
    notWeekdays: notWeekdays.map(Number),
    after,
    limit: 10,
    patientId: patient?.id ?? null,
  };
  // A half-typed « pas avant » date waits to be whole before the search runs again.
  const searchable = motifId !== null && (after !== null || !afterTyped.trim());
  const slots = useApiQuery('agenda.findSlots', search, { enabled: searchable });
  const advice = useSlotAdvice(search, searchable, patient?.id ?? null);
  const book = useApiMutation('agenda.book', [
    agendaKeys.slots(),
    agendaKeys.slotAdvice(),
    agendaKeys.day(),
    agendaKeys.ofPatient(),
  ]);
  const move = useFinderMove({ id: from.moveId ?? null, reason: from.moveReason ?? null }, patient?.id ?? null);
  const moving = move.appointment;
  const bookSlot = (slot: { practitionerId: number; date: string; time: string }) => {
    if (!patient || motifId === null) return;
    // A move asked for is never turned into a second booking: nothing happens until it is found.
    if (move.wanted) {
      move.moveTo(slot, onBooked);
      return;
    }
    book.mutate(
      {
        patientId: patient.id,
        practitionerId: slot.practitionerId,
        motifId,
        date: slot.date,
        time: slot.time,
        urgency,
        inboxMessageId: from.messageId,
      },
      {
        onSuccess: (appointment) => {
          notifications.show({
            color: 'teal',
            message: `Rendez-vous pris : ${frDate(appointment.date)} à ${frTime(appointment.time)}.`,
          });
          onBooked(appointment.date, appointment.practitionerId);
        },
      },
    );
  };
  return (
    <Paper withBorder p="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          // Entrée never does nothing (issue 22 item 12): what is missing is said where she looks.
          // Where the patient is to come today, Entrée takes the walk-in, never a later slot.
          const first = slots.data?.[0];
          const missing = finderRefusal({
            hasPatient: patient !== null,
            hasMotif: motifId !== null,
            canAct: Boolean(advice.offer) || first !== undefined,
          });
          setRefusal(missing);
          if (missing) return;
          if (advice.offer) advice.walkIn();
          else if (first) bookSlot(first);
        }}
        // Entrée books from anywhere in the finder: on a closed list (motif, urgency) it would
        // only open the list again, so it is caught before the list sees it.
        onKeyDownCapture={(event) => {
          const target = event.target as HTMLElement;
          // An open list keeps its Entrée (choosing in it); a button its own. Everywhere else,
          // the typed fields included (their default would be blocked by a disabled button),
          // Entrée books or says why it cannot.
          const ownEnter =
            target.getAttribute('aria-expanded') === 'true' ||
            target.tagName === 'BUTTON' ||
            target.tagName === 'TEXTAREA';
          if (event.key !== 'Enter' || ownEnter) return;
          event.preventDefault();
          event.stopPropagation();
          event.currentTarget.requestSubmit();
        }}
      >
        <Stack gap="xs">
          <Text fw={600}>Trouver un créneau</Text>
          <FinderMoveBanner move={move} />
          {patient ? (
            <Group gap="xs">
              <Text size="sm">Patient : {patient.label}</Text>
              <Button size="compact-xs" variant="subtle" onClick={() => setPatient(null)}>
                Changer
              </Button>
            </Group>
          ) : (
            <>
              <TextInput
                size="xs"
                label="Patient"
                placeholder="Nom, date de naissance, téléphone"
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
              />
              {(found.data ?? []).map((candidate) => (
                <Button
                  key={candidate.id}
                  size="compact-xs"
                  variant="light"
                  onClick={() => {
                    setPatient({ id: candidate.id, label: patientLabel(candidate) });
                    setRefusal(null);
                  }}
                >
                  {patientLabel(candidate)}
                </Button>
              ))}
            </>
          )}
          <Group gap="xs" grow>
            <Select
              size="xs"
              label="Motif"
              value={motifId === null ? null : String(motifId)}
              data={(motifs.data ?? [])
                .filter((m) => m.active)
                .map((m) => ({ value: String(m.id), label: `${m.label} (${m.durationMinutes} min)` }))}
              onChange={(value) => setMotifId(value ? Number(value) : null)}
            />
            <Select
              size="xs"
              label="Praticien"
              placeholder="tous"
              clearable
              value={practitionerId === null ? null : String(practitionerId)}
              data={practitionerChoices(practitioners.data)}
              onChange={(value) => setPractitionerId(value ? Number(value) : null)}
            />
            <Select
              size="xs"
              label="Urgence"
              value={urgency}
              data={URGENCIES.map((code) => ({ value: code, label: CATEGORY_LABELS[code] }))}
              onChange={(value) => value && setUrgency(value)}
            />
          </Group>
          <SlotConstraints
            mornings={mornings}
            setMornings={setMornings}
            afternoons={afternoons}
            setAfternoons={setAfternoons}
            notWeekdays={notWeekdays}
            setNotWeekdays={setNotWeekdays}
            afterTyped={afterTyped}
            setAfterTyped={setAfterTyped}
            after={after}
          />
          <ErrorAlert error={slots.error ?? book.error ?? move.mutation.error ?? advice.error} />
          {refusal && (
            <Text size="sm" c="orange.9" role="alert" data-testid="finder-refusal">
              {refusal}
            </Text>
          )}
          <SlotAdviceNotices
            advice={advice.advice}
            canWalkIn={patient !== null}
            walked={advice.mutation}
            onChoosePractitioner={setPractitionerId}
          />
          {(slots.data ?? []).map((slot, index) => (
            <Group key={`${slot.practitionerId}-${slot.startsAt}`} gap="xs" wrap="nowrap" data-testid="slot">
              <Button
                size="compact-xs"
                disabled={!patient || book.isPending || move.mutation.isPending}
                style={{ flexShrink: 0 }}
                // The first slot is the form's own button (Entrée): booked once, by the form.
                {...(index === 0 && !advice.offer
                  ? { type: 'submit' as const }
                  : { type: 'button' as const, onClick: () => bookSlot(slot) })}
              >
                {`${moving ? 'Déplacer ici' : 'Réserver'}${index === 0 && !advice.offer ? ' (Entrée)' : ''}`}
              </Button>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {frDate(slot.date)} {slot.time}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {slot.practitionerName}
              </Text>
              {slot.heldForEmergencies && (
                <Badge size="xs" color="red" variant="light">
                  urgences
                </Badge>
              )}
              <Text size="xs" c="dimmed" truncate title={slot.why.join(' · ')}>
                {slot.why.join(' · ')}
              </Text>
            </Group>
          ))}
          {motifId !== null && slots.data?.length === 0 && !advice.advice?.notices.length && (
            <Text size="sm" c="dimmed">
              Aucun créneau dans cette fenêtre.
            </Text>
          )}
          <WaitlistButton
            patientId={patient?.id ?? null}
            motifId={motifId}
            practitionerId={practitionerId}
            note={constraintsNote({ mornings, afternoons, notWeekdays, after })}
          />
        </Stack>
      </form>
      {/* Outside the form: Entrée in the series' fields must never book the finder's first slot. */}
      <Stack mt={6}>
        <SeriesButton patientId={patient?.id ?? null} motifId={motifId} practitionerId={practitionerId} />
      </Stack>
    </Paper>
  );
}
