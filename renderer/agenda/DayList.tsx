import { Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { addDays, format, parseISO } from 'date-fns';
import { useState } from 'react';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import type { OutputOf } from '../../electron/api/common/contract';
import type { Appointment } from '../../electron/api/common/schemas/agenda';
import { MoveConfirmation } from './MoveConfirmation';
import { SeriesManager } from './SeriesManager';
import { WaitlistOffers, type FreedSlot } from './WaitlistOffers';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { useDownload } from '../ui/use-download';
import { frDate } from '../../electron/api/common/french';
import { ErrorAlert } from '../ui/errors';
import { usePractitioners } from '../patients/practitioner-choices';
import { BirthDateMark, homonymsIn, isHomonym } from '../ui/PatientLabel';
import { noShowRefusal, undoNoShowRefusal } from '../../electron/api/common/no-show';
import { useNow } from '../ui/use-now';

/**
 * One practitioner's day: each appointment, cancelled with a reason or marked absent inline, or
 * moved after the same confirmation as in the week view.
 */
export function DayList({
  practitionerId,
  date,
  onChange,
}: {
  practitionerId: number | null;
  date: string;
  onChange: (next: { practitionerId: number | null; date: string }) => void;
}) {
  const practitioners = usePractitioners();
  const chosen = practitionerId ?? practitioners.fallbackId;
  const day = useApiQuery('agenda.day', { practitionerId: chosen ?? 0, date }, { enabled: chosen !== null });
  const cancel = useApiMutation('agenda.cancel', [agendaKeys.day(), agendaKeys.slots(), agendaKeys.ofPatient()]);
  const move = useApiMutation('agenda.move', [agendaKeys.day(), agendaKeys.slots()]);
  const undoNoShow = useApiMutation('agenda.undoNoShow', [
    agendaKeys.day(),
    agendaKeys.waitingRoom(),
    agendaKeys.ofPatient(),
  ]);
  // « Absent » opens at the appointment's time (issue 24 point 14): the clock is read every 30 s.
  const now = useNow(30_000);
  const dayPdf = useDownload('agenda.dayPdf');
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [seriesShown, setSeriesShown] = useState<number | null>(null);
  const [cancelling, setCancelling] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [offers, setOffers] = useState<{ freed: FreedSlot; result: OutputOf<'agenda.cancel'> } | null>(null);
  const [typed, setTyped] = useState(frDate(date));
  const freedBy = (appointment: Appointment): FreedSlot => ({
    practitionerId: appointment.practitionerId,
    motifId: appointment.motifId,
    date: appointment.date,
    time: appointment.time,
  });
  const submitCancel = (appointment: Appointment, noShow: boolean) => {
    const id = appointment.id;
    cancel.mutate(
      { id, reason: noShow ? reason || 'patient absent' : reason, noShow },
      {
        onSuccess: (result) => {
          setOffers({ freed: freedBy(appointment), result });
          setCancelling(null);
          setReason('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group gap="xs" align="flex-end">
          <Select
            size="xs"
            label="Praticien"
            w={220}
            value={chosen === null ? null : String(chosen)}
            data={practitioners.choices}
            onChange={(value) => onChange({ practitionerId: value ? Number(value) : null, date })}
          />
          <TextInput
            size="xs"
            label="Jour"
            w={120}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              const iso = parseFrenchDate(event.currentTarget.value);
              if (iso) onChange({ practitionerId: chosen, date: iso });
            }}
          />
          {([-1, 1] as const).map((step) => (
            <Button
              key={step}
              size="xs"
              variant="default"
              px={8}
              aria-label={step < 0 ? 'Jour précédent' : 'Jour suivant'}
              onClick={() =>
                onChange({
                  practitionerId: chosen,
                  date: format(addDays(parseISO(date), step), 'yyyy-MM-dd'),
                })
              }
            >
              {step < 0 ? '‹' : '›'}
            </Button>
          ))}
          <Button
            size="xs"
            variant="default"
            disabled={chosen === null}
            loading={dayPdf.isPending}
            onClick={() => {
              dayPdf.mutate({ practitionerId: chosen ?? 0, date });
            }}
          >
            Imprimer la journée
          </Button>
        </Group>
        <ErrorAlert error={dayPdf.error} />
        {seriesShown !== null && (
          <SeriesManager key={seriesShown} seriesId={seriesShown} onClose={() => setSeriesShown(null)} />
        )}
        {moving && (
          <MoveConfirmation
            key={moving.id}
            title={`${moving.patientName} — ${moving.motifLabel}`}
            initial={{ date: frDate(moving.date), time: moving.time }}
            onConfirm={(target, why) =>
              move.mutate(
                { id: moving.id, ...target, reason: why },
                {
                  onSuccess: (result) => {
                    setMoving(null);
                    setOffers({ freed: freedBy(moving), result: { noShows: 0, offers: result.offers } });
                  },
                },
              )
            }
            onCancel={() => setMoving(null)}
          />
        )}
        <ErrorAlert error={day.error ?? cancel.error ?? move.error ?? undoNoShow.error} />
        {/* Dense (issue 22): the patient and birth date on one line, whole; the motif and the actions on
            the next. A row is about 44 px high: a morning fits at 1280 × 800. */}
        <Table striped withTableBorder fz="sm" verticalSpacing={4} data-testid="day-list">
          <Table.Tbody>
            {(day.data ?? []).map((appointment, _index, all) => (
              <Table.Tr key={appointment.id}>
                <Table.Td style={{ whiteSpace: 'nowrap', width: 1 }}>
                  {appointment.time}–{appointment.endTime}
                </Table.Td>
                {/* Only as wide as the panel leaves (max-width 0 in a table cell): the motif is cut, never the name. */}
                <Table.Td style={{ maxWidth: 0, width: '100%' }}>
                  <Text size="sm">
                    {appointment.patientName}
                    <BirthDateMark
                      birthDate={appointment.patientBirthDate}
                      homonym={isHomonym(homonymsIn(all), appointment.patientName)}
                    />
                  </Text>
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Text
                      size="xs"
                      c="dimmed"
                      truncate="end"
                      title={appointment.motifLabel}
                      style={{ minWidth: 0, flex: 1 }}
                    >
                      {appointment.motifLabel}
                    </Text>
                    {appointment.status === 'booked' ? (
                      cancelling === appointment.id ? (
                        <Group gap={4} wrap="nowrap">
                          <TextInput
                            size="xs"
                            aria-label="Motif de l’annulation"
                            placeholder="motif de l’annulation"
                            value={reason}
                            onChange={(event) => setReason(event.currentTarget.value)}
                            autoFocus
                          />
                          <Button size="compact-xs" color="red" onClick={() => submitCancel(appointment, false)}>
                            Annuler le rendez-vous
                          </Button>
                          <Button size="compact-xs" variant="subtle" onClick={() => setCancelling(null)}>
                            Garder
                          </Button>
                        </Group>
                      ) : (
                        <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
                          {appointment.seriesId !== null && (
                            <Button
                              size="compact-xs"
                              variant="light"
                              title="Ce rendez-vous fait partie d’une série : la voir, la déplacer ou l’annuler"
                              onClick={() => setSeriesShown(appointment.seriesId)}
                            >
                              Série
                            </Button>
                          )}
                          <Button size="compact-xs" variant="subtle" onClick={() => setMoving(appointment)}>
                            Déplacer…
                          </Button>
                          <Button size="compact-xs" variant="subtle" onClick={() => setCancelling(appointment.id)}>
                            Annuler…
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            disabled={noShowRefusal(appointment, now) !== null}
                            title={noShowRefusal(appointment, now) ?? 'Le patient n’est pas venu'}
                            onClick={() => submitCancel(appointment, true)}
                          >
                            Absent
                          </Button>
                        </Group>
                      )
                    ) : (
                      <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                        <Text size="xs" c="dimmed">
                          {appointment.status === 'no-show' ? 'absent' : 'annulé'}
                        </Text>
                        {appointment.status === 'no-show' && undoNoShowRefusal(appointment, now) === null && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            loading={undoNoShow.isPending}
                            onClick={() => undoNoShow.mutate({ id: appointment.id })}
                          >
                            Retirer l’absence
                          </Button>
                        )}
                      </Group>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {day.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            Aucun rendez-vous ce jour.
          </Text>
        )}
        {offers && <WaitlistOffers freed={offers.freed} result={offers.result} onGiven={() => setOffers(null)} />}
      </Stack>
    </Paper>
  );
}
