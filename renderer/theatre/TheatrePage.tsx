import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import { ActionIcon, Alert, Badge, Button, Group, Overlay, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import type { TheatreCase } from '../../electron/api/common/schemas/theatre';
import { useDownload } from '../ui/use-download';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { theatreKeys } from '../api/query-keys';
import { useSession } from '../auth/session-context';
import { frDate } from '../../electron/api/common/french';
import { ErrorAlert } from '../ui/errors';
import { CaseCard } from './CaseCard';
import { DayBeforeFlag } from './DayBeforeFlag';
import { LiaisonMissing, liaisonSpan } from './LiaisonMissing';
import { ChecklistPanel } from './ChecklistPanel';
import { NewCaseForm, prefillFrom } from './NewCaseForm';
import { NewSessionForm } from './PlanningForm';
import { StatusControl } from './StatusControl';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';

const isoToday = () => parisToday();
const shift = (iso: string, days: number) => shiftDay(iso, days);

/**
 * Bloc (issue 13): the day's theatre list, session by session, each case with its
 * patient's card; a room screen showing one card across the theatre; planning for those who plan.
 * Alt+← / Alt+→ change the day.
 */
export function TheatrePage() {
  const { session } = useSession();
  const canPlan = session.user.roles.some((role) => role !== 'theatre');
  const [date, setDate] = useState(isoToday);
  const [typed, setTyped] = useState(() => frDate(isoToday()));
  const [roomScreen, setRoomScreen] = useState<TheatreCase | null>(null);
  // Arriving from a consultation (« Programmer au bloc »): the patient and the site are filled in.
  const [searchParams, setSearchParams] = useSearchParams();
  const prefill = prefillFrom(searchParams);
  // One form at a time, in the session where it was asked (issue 22 item 15).
  const [formFor, setFormFor] = useState<number | null>(null);
  const closeForm = () => {
    setFormFor(null);
    // A case programmed from a consultation is done: the next form starts empty.
    if (prefill) setSearchParams({});
  };
  const [openChecklist, setOpenChecklist] = useState<number | null>(null);
  // Every seat follows the day at once (a status, a checklist answer, a case added elsewhere):
  // `theatre.changed` reads it again (api/event-keys.ts).
  const day = useApiQuery('theatre.day', { date });
  // What the J-1 calls left for each case (issue 26 item 2): reached or not, an anaesthesia changed.
  const dayBefore = useApiQuery('dayBeforeCalls.list', { day: date });
  const dayBeforeOf = new Map((dayBefore.data?.entries ?? []).map((entry) => [entry.caseId, entry]));
  // Who left in the week up to this day without a signed lettre de liaison (issue 26 item 4).
  const liaisonMissing = useApiQuery('liaison.missing', liaisonSpan(date));
  const withoutLiaison = new Set((liaisonMissing.data ?? []).map((entry) => entry.caseId));
  const move = useApiMutation('theatre.moveCase', [theatreKeys.day()]);
  const goTo = (iso: string) => {
    setDate(iso);
    setTyped(frDate(iso));
  };
  // The day's list as a PDF made by the server, to print or to send.
  const dayPdf = useDownload('theatre.dayPdf');
  const printDay = () => {
    dayPdf.mutate({ date });
  };
  const allCases = (day.data ?? []).flatMap((theatreSession) => theatreSession.cases);
  const stepRoom = (step: number) => {
    if (!roomScreen) return;
    const index = allCases.findIndex((candidate) => candidate.id === roomScreen.id);
    const next = allCases[index + step];
    if (next) setRoomScreen(next);
  };
  usePhysicalHotkeys([
    ['alt+ArrowLeft', () => goTo(shift(date, -1))],
    ['alt+ArrowRight', () => goTo(shift(date, 1))],
    ['Escape', () => setRoomScreen(null)],
    ['ArrowRight', () => stepRoom(1)],
    ['ArrowLeft', () => stepRoom(-1)],
  ]);

  return (
    <Stack gap="sm" data-testid="theatre-day">
      <Group gap="xs" align="flex-end">
        <Title order={3}>Programme opératoire</Title>
        <Button size="xs" variant="default" onClick={() => goTo(shift(date, -1))} title="Alt+←">
          ← Veille
        </Button>
        <TextInput
          size="xs"
          w={110}
          aria-label="Jour du programme"
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            const iso = parseFrenchDate(event.currentTarget.value);
            if (iso) setDate(iso);
          }}
        />
        <Button size="xs" variant="default" onClick={() => goTo(shift(date, 1))} title="Alt+→">
          Lendemain →
        </Button>
        <Button size="xs" variant="subtle" onClick={() => goTo(isoToday())}>
          Aujourd’hui
        </Button>
        <Button size="xs" variant="default" onClick={printDay} disabled={!day.data?.length} loading={dayPdf.isPending}>
          Imprimer le programme (PDF)
        </Button>
        <Button size="xs" variant="subtle" component={Link} to={`/secretariat/veille?jour=${date}`}>
          Appels de la veille
        </Button>
        <Button size="xs" variant="subtle" component={Link} to={`/secretariat/lendemain?jour=${shift(date, 1)}`}>
          Appels du lendemain
        </Button>
      </Group>
      <ErrorAlert error={day.error ?? move.error ?? dayPdf.error} />
      {prefill && canPlan && (
        <Alert color="blue" py={6} data-testid="to-programme">
          À programmer : <b>{prefill.patientName}</b>
          {prefill.procedure && ` (${prefill.procedure})`}. Choisissez le jour puis la vacation (« Programmer ici »).{' '}
          <Button size="compact-xs" variant="subtle" onClick={() => setSearchParams({})}>
            Abandonner
          </Button>
        </Alert>
      )}
      <LiaisonMissing missing={liaisonMissing.data} error={liaisonMissing.error} />
      {day.data?.length === 0 && (
        <Alert color="gray" py={6}>
          Aucune vacation le {frDate(date)}.
        </Alert>
      )}
      {canPlan && <NewSessionForm date={date} />}
      {(day.data ?? []).map((theatreSession) => (
        <Paper key={theatreSession.id} withBorder p="sm" data-testid="theatre-session">
          <Group justify="space-between" mb="xs">
            <Title order={4}>
              Salle {theatreSession.room} · {frDate(theatreSession.date)}
            </Title>
            <Text size="sm" c="dimmed">
              {[
                theatreSession.surgeonName,
                theatreSession.anaesthetist && `anesthésiste ${theatreSession.anaesthetist}`,
                theatreSession.scrubNurse && `IBODE ${theatreSession.scrubNurse}`,
                theatreSession.circulatingNurse && `circulant(e) ${theatreSession.circulatingNurse}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Group>
          <Stack gap="xs">
            {theatreSession.cases.map((theatreCase, index) => (
              <Group
                key={theatreCase.id}
                align="flex-start"
                wrap="nowrap"
                gap="xs"
                // Drag a case onto another to take its place; ↑/↓ do the same from the keyboard.
                draggable={canPlan}
                onDragStart={(event) => event.dataTransfer.setData('text/plain', String(theatreCase.id))}
                onDragOver={(event) => {
                  if (canPlan) event.preventDefault();
                }}
                onDrop={(event) => {
                  const dragged = Number(event.dataTransfer.getData('text/plain'));
                  if (dragged && dragged !== theatreCase.id)
                    move.mutate({ caseId: dragged, position: theatreCase.position });
                }}
              >
                <Stack gap={2}>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => setRoomScreen(theatreCase)}
                    title="Écran de salle (Échap pour sortir, ←/→ pour passer)"
                  >
                    Écran de salle
                  </Button>
                  {canPlan && (
                    <Group gap={2}>
                      <ActionIcon
                        size="sm"
                        variant="default"
                        aria-label="Monter"
                        disabled={index === 0}
                        onClick={() => move.mutate({ caseId: theatreCase.id, position: theatreCase.position - 1 })}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        size="sm"
                        variant="default"
                        aria-label="Descendre"
                        disabled={index === theatreSession.cases.length - 1}
                        onClick={() => move.mutate({ caseId: theatreCase.id, position: theatreCase.position + 1 })}
                      >
                        ↓
                      </ActionIcon>
                    </Group>
                  )}
                </Stack>
                <Stack gap={4} style={{ flex: 1 }}>
                  <Group justify="space-between">
                    <StatusControl theatreCase={theatreCase} />
                    <Button
                      size="compact-xs"
                      variant={openChecklist === theatreCase.id ? 'filled' : 'light'}
                      onClick={() => setOpenChecklist((open) => (open === theatreCase.id ? null : theatreCase.id))}
                    >
                      Check-list HAS
                    </Button>
                  </Group>
                  <DayBeforeFlag entry={dayBeforeOf.get(theatreCase.id)} />
                  {withoutLiaison.has(theatreCase.id) && (
                    <Badge color="red" size="sm" data-testid="case-without-liaison">
                      Sorti sans lettre de liaison signée
                    </Badge>
                  )}
                  <CaseCard theatreCase={theatreCase} />
                  {openChecklist === theatreCase.id && <ChecklistPanel caseId={theatreCase.id} />}
                </Stack>
              </Group>
            ))}
          </Stack>
          {canPlan &&
            (formFor === theatreSession.id ? (
              <NewCaseForm session={theatreSession} prefill={prefill} onDone={closeForm} />
            ) : (
              <Button
                size="compact-sm"
                variant="light"
                mt="xs"
                onClick={() => {
                  setFormFor(theatreSession.id);
                }}
              >
                {prefill ? `Programmer ${prefill.patientName} ici` : '+ Ajouter une intervention'}
              </Button>
            ))}
        </Paper>
      ))}
      {roomScreen && (
        <Overlay
          fixed
          backgroundOpacity={1}
          color="#fff"
          zIndex={900}
          p="xl"
          data-testid="room-screen"
          style={{ overflowY: 'auto' }}
        >
          <Group justify="flex-end" mb="sm">
            <Button variant="default" onClick={() => setRoomScreen(null)}>
              Fermer l’écran de salle (Échap)
            </Button>
          </Group>
          <CaseCard theatreCase={roomScreen} large />
        </Overlay>
      )}
    </Stack>
  );
}
