import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { parisToday } from '../../electron/api/common/paris-day';
import { FLOW_LABELS, type FlowStep, type WaitingRoomEntry } from '../../electron/api/common/schemas/agenda';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { frDate, patientName } from '../../electron/api/common/french';
import { ErrorAlert } from '../ui/errors';
import { useNow } from '../ui/use-now';
import { practitionerChoices } from '../patients/practitioner-choices';
import { BirthDateMark, homonymsIn, isHomonym } from '../ui/PatientLabel';
import { noShowRefusal } from '../../electron/api/common/no-show';
import { SecretariatLinks } from '../shell/SecretariatLinks';

/** A patient waits too long past this: the line turns red. */
const LONG_WAIT_MINUTES = 30;
const NEXT: Partial<Record<FlowStep, FlowStep>> = {
  expected: 'arrived',
  arrived: 'waiting',
  waiting: 'in-consultation',
  'in-consultation': 'seen',
  seen: 'left',
};

/** Minutes since the patient arrived, while they are still waiting to be seen. */
export function waitedMinutes(entry: WaitingRoomEntry, now: number): number | null {
  const arrived = entry.flowTimes.arrived;
  if (!arrived || !['arrived', 'waiting'].includes(entry.flow)) return null;
  return Math.max(0, Math.round((now - Date.parse(arrived)) / 60_000));
}

/**
 * Secrétariat › Salle d'attente (issue 12): today's patients of every practitioner, where each one
 * is, the time waited (red past 30 minutes), walk-in emergencies added in one step. Every seat sees
 * a change at once.
 */
export function WaitingRoomPage() {
  const now = useNow(30_000);
  const date = parisToday();
  const room = useApiQuery('agenda.waitingRoom', { date });
  const setFlow = useApiMutation('agenda.setFlow', [agendaKeys.waitingRoom()]);
  const walkIn = useApiMutation('agenda.walkIn', [agendaKeys.waitingRoom()]);
  const undoNoShow = useApiMutation('agenda.undoNoShow', [
    agendaKeys.waitingRoom(),
    agendaKeys.day(),
    agendaKeys.ofPatient(),
  ]);
  const motifs = useApiQuery('agenda.motifs', {});
  const practitioners = useApiQuery('practice.listPractitioners', {});
  const [query, setQuery] = useState('');
  const found = useApiQuery('patients.search', { query, limit: 5 }, { enabled: query.trim().length >= 2 });
  const [walk, setWalk] = useState<{ practitionerId: string | null; motifId: string | null }>({
    practitionerId: null,
    motifId: null,
  });
  const entries = room.data ?? [];
  const homonyms = homonymsIn(entries);
  const byPractitioner = [...new Set(entries.map((entry) => entry.practitionerName))];
  return (
    <Stack gap="sm">
      <Group gap="md" align="baseline">
        <Title order={3}>Salle d’attente du {frDate(date)}</Title>
        <SecretariatLinks current="/secretariat/salle-attente" />
      </Group>
      <ErrorAlert error={room.error ?? setFlow.error ?? walkIn.error ?? undoNoShow.error} />
      <Paper withBorder p="xs">
        <Group gap="xs" align="flex-end">
          <Text size="sm" fw={600}>
            Urgence sans rendez-vous :
          </Text>
          <TextInput
            size="xs"
            label="Patient"
            placeholder="nom, date de naissance"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <NativeSelect
            size="xs"
            label="Praticien"
            w={200}
            value={walk.practitionerId ?? ''}
            data={[{ value: '', label: '—' }, ...practitionerChoices(practitioners.data)]}
            onChange={(event) => setWalk({ ...walk, practitionerId: event.currentTarget.value || null })}
          />
          <NativeSelect
            size="xs"
            label="Motif"
            w={200}
            value={walk.motifId ?? ''}
            data={[
              { value: '', label: '—' },
              ...(motifs.data ?? []).map((m) => ({ value: String(m.id), label: m.label })),
            ]}
            onChange={(event) => setWalk({ ...walk, motifId: event.currentTarget.value || null })}
          />
        </Group>
        <Group gap={4} mt={4}>
          {(found.data ?? []).map((patient) => (
            <Button
              key={patient.id}
              size="compact-xs"
              variant="light"
              disabled={!walk.practitionerId || !walk.motifId}
              onClick={() =>
                walkIn.mutate(
                  { patientId: patient.id, practitionerId: Number(walk.practitionerId), motifId: Number(walk.motifId) },
                  { onSuccess: () => setQuery('') },
                )
              }
            >
              Ajouter {patientName(patient)} ({frDate(patient.birthDate)})
            </Button>
          ))}
        </Group>
      </Paper>
      {byPractitioner.map((name) => (
        <Paper withBorder p="xs" key={name}>
          <Text fw={600} size="sm" mb={4}>
            {name}
          </Text>
          <Table striped data-testid="waiting-room">
            <Table.Tbody>
              {entries
                .filter((entry) => entry.practitionerName === name)
                .map((entry) => {
                  const waited = waitedMinutes(entry, now);
                  const next = NEXT[entry.flow];
                  return (
                    <Table.Tr
                      key={entry.id}
                      style={
                        waited !== null && waited > LONG_WAIT_MINUTES
                          ? { background: 'var(--mantine-color-red-0)' }
                          : undefined
                      }
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.time}</Table.Td>
                      <Table.Td>
                        <Anchor href={`#/patients/${entry.patientId}`} size="sm">
                          {entry.patientName}
                        </Anchor>
                        <BirthDateMark
                          birthDate={entry.patientBirthDate}
                          homonym={isHomonym(homonyms, entry.patientName)}
                        />
                        {entry.walkIn && (
                          <Badge size="xs" color="red" ml={4}>
                            sans rendez-vous
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{entry.motifLabel}</Table.Td>
                      <Table.Td>
                        <Badge
                          size="sm"
                          variant="light"
                          color={entry.flow === 'absent' ? 'gray' : entry.flow === 'in-consultation' ? 'teal' : 'blue'}
                        >
                          {FLOW_LABELS[entry.flow]}
                        </Badge>
                        {waited !== null && (
                          <Text span size="xs" c={waited > LONG_WAIT_MINUTES ? 'red' : 'dimmed'} ml={6}>
                            attend depuis {waited} min
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {next && (
                            <Button size="compact-xs" onClick={() => setFlow.mutate({ id: entry.id, flow: next })}>
                              {FLOW_LABELS[next]}
                            </Button>
                          )}
                          {entry.flow === 'expected' && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="gray"
                              disabled={noShowRefusal(entry, now) !== null}
                              title={noShowRefusal(entry, now) ?? 'Le patient n’est pas venu'}
                              onClick={() => setFlow.mutate({ id: entry.id, flow: 'absent' })}
                            >
                              absent
                            </Button>
                          )}
                          {entry.flow === 'absent' && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => undoNoShow.mutate({ id: entry.id })}
                            >
                              Retirer l’absence
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
      {entries.length === 0 && <Text c="dimmed">Aucun patient attendu aujourd’hui.</Text>}
    </Stack>
  );
}
