import { Anchor, Button, Paper, Table, Text } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { frDate } from '../../electron/api/common/french';
import { usePractitioners } from '../patients/practitioner-choices';
import { ErrorAlert } from '../ui/errors';
import { BirthDateMark, homonymsIn, isHomonym } from '../ui/PatientLabel';

/**
 * The waiting list, oldest request first: who waits for which motif, with whom, since when. A
 * freed slot is offered to it in the day list; from here a patient can be booked or taken off.
 */
export function WaitingListPanel() {
  const waiting = useApiQuery('agenda.waitlist', {});
  const motifs = useApiQuery('agenda.motifs', {});
  const practitioners = usePractitioners();
  const withdraw = useApiMutation('agenda.withdrawWaiting', [agendaKeys.waitlist()]);
  const motifOf = (id: number) => motifs.data?.find((motif) => motif.id === id)?.label ?? '';
  const practitionerOf = (id: number | null) =>
    id === null ? 'tout praticien' : (practitioners.choices.find((choice) => choice.value === String(id))?.label ?? '');
  return (
    <Paper withBorder p="sm" data-testid="waiting-list" style={{ overflowX: 'auto' }}>
      <Text fw={600} mb={4}>
        Liste d’attente ({waiting.data?.length ?? 0})
      </Text>
      <ErrorAlert error={waiting.error ?? withdraw.error} />
      {waiting.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          Personne n’attend. « Liste d’attente » dans la recherche de créneau y inscrit un patient.
        </Text>
      )}
      <Table striped fz="sm">
        <Table.Tbody>
          {(waiting.data ?? []).map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <Anchor size="sm" href={`#/secretariat/rendez-vous?patient=${entry.patientId}&motif=${entry.motifId}`}>
                  {entry.patientName}
                </Anchor>
                <BirthDateMark
                  birthDate={entry.patientBirthDate}
                  homonym={isHomonym(homonymsIn(waiting.data ?? []), entry.patientName)}
                />
                {entry.note && (
                  <Text size="xs" c="dimmed">
                    {entry.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {motifOf(entry.motifId)}
                <Text size="xs" c="dimmed">
                  {practitionerOf(entry.practitionerId)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} title="demandé le">
                {frDate(entry.askedOn)}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => withdraw.mutate({ id: entry.id })}
                >
                  Retirer
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
