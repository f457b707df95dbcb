import { Anchor, Badge, Button, Group, Kbd, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { FLOW_LABELS } from '../../electron/api/schemas/agenda';
import { on } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { useSession } from '../auth/session-context';
import { frDate } from '../patients/format';
import { ErrorAlert } from '../ui/errors';
import { useNow } from '../ui/use-now';
import { waitedMinutes } from './WaitingRoomPage';
import { practitionerChoices } from '../patients/practitioner-choices';

const isoToday = () => new Date().toISOString().slice(0, 10);

/**
 * Consultation (issue 12, started): the surgeon's patients of the day with their step and motif;
 * N opens the next patient waiting (their file, on the consultations) and marks them « en
 * consultation ». Letters are dictated from the file; the next appointment is booked in Rendez-vous.
 */
export function ConsultationPage() {
  const { session } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const now = useNow(30_000);
  const practitioners = useApiQuery('practitioners.list', {});
  const [chosen, setChosen] = useState<number | null>(null);
  const practitionerId = chosen ?? session.user.practitionerId ?? practitioners.data?.[0]?.id ?? null;
  const room = useApiQuery('agenda.waitingRoom', { date: isoToday() });
  const setFlow = useApiMutation('agenda.setFlow', ['agenda.waitingRoom']);
  useEffect(
    () =>
      on('agenda.changed', () => {
        void client.invalidateQueries({ queryKey: ['agenda.waitingRoom'] });
      }),
    [client],
  );
  const mine = (room.data ?? []).filter((entry) => entry.practitionerId === practitionerId && entry.flow !== 'absent');
  const next = mine.find((entry) => entry.flow === 'waiting') ?? mine.find((entry) => entry.flow === 'arrived');
  const openNext = () => {
    if (!next) return;
    setFlow.mutate({ id: next.id, flow: 'in-consultation' });
    void navigate(`/patients/${next.patientId}?onglet=consultations`);
  };
  useHotkeys([['n', openNext]]);
  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end">
        <Title order={3}>Consultations du {frDate(isoToday())}</Title>
        <Select
          size="xs"
          w={240}
          aria-label="Praticien"
          value={practitionerId === null ? null : String(practitionerId)}
          data={practitionerChoices(practitioners.data)}
          onChange={(value) => setChosen(value ? Number(value) : null)}
        />
        <Button size="xs" disabled={!next} onClick={openNext}>
          Patient suivant{next ? ` : ${next.patientName}` : ''} (N)
        </Button>
      </Group>
      <ErrorAlert error={room.error ?? setFlow.error} />
      <Paper withBorder p="xs">
        <Table striped data-testid="consultation-day">
          <Table.Tbody>
            {mine.map((entry) => {
              const waited = waitedMinutes(entry, now);
              return (
                <Table.Tr key={entry.id}>
                  <Table.Td>{entry.time}</Table.Td>
                  <Table.Td>
                    <Anchor href={`#/patients/${entry.patientId}?onglet=consultations`}>{entry.patientName}</Anchor>
                  </Table.Td>
                  <Table.Td>{entry.motifLabel}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light">
                      {FLOW_LABELS[entry.flow]}
                    </Badge>
                    {waited !== null && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        attend depuis {waited} min
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {entry.flow === 'in-consultation' && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => setFlow.mutate({ id: entry.id, flow: 'seen' })}
                      >
                        Vu
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {mine.length === 0 && <Text c="dimmed">Aucun patient aujourd’hui pour ce praticien.</Text>}
      </Paper>
      <Text size="xs" c="dimmed">
        <Kbd>N</Kbd> ouvre le dossier du patient suivant ; le courrier se dicte dans le dossier (onglet Courriers) ; le
        prochain rendez-vous se prend dans Secrétariat › Rendez-vous.
      </Text>
    </Stack>
  );
}
