import { Button, Group, Paper, Text } from '@mantine/core';
import type { OutputOf } from '../../electron/api/common/contract';
import { useApiMutation } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { frDate, frTime } from '../../electron/api/common/french';
import { ErrorAlert } from '../ui/errors';

export interface FreedSlot {
  readonly practitionerId: number;
  readonly motifId: number;
  readonly date: string;
  readonly time: string;
}

/**
 * A slot just freed (cancelled, marked absent or moved away) and the motif's waiting list, in the
 * order patients asked: one click gives the slot to one of them.
 */
export function WaitlistOffers({
  freed,
  result,
  onGiven,
}: {
  freed: FreedSlot;
  result: OutputOf<'agenda.cancel'>;
  onGiven: () => void;
}) {
  const book = useApiMutation('agenda.book', [
    agendaKeys.day(),
    agendaKeys.slots(),
    agendaKeys.waitlist(),
    agendaKeys.ofPatient(),
  ]);
  return (
    <Paper withBorder p="xs" data-testid="waitlist-offers">
      <Text size="sm" fw={600}>
        Créneau libéré le {frDate(freed.date)} à {frTime(freed.time)}
        {result.noShows > 0 ? ` (absences de ce patient : ${result.noShows})` : ''} : liste d’attente du motif
      </Text>
      {result.offers.length === 0 && <Text size="sm">Personne n’attend ce motif.</Text>}
      {result.offers.map((offer) => (
        <Group key={offer.id} gap="xs">
          <Text size="sm">
            {offer.patientName} ({frDate(offer.patientBirthDate)}) — demandé le {frDate(offer.askedOn)}
            {offer.note ? ` (${offer.note})` : ''}
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            loading={book.isPending}
            onClick={() => book.mutate({ ...freed, patientId: offer.patientId }, { onSuccess: onGiven })}
          >
            Lui donner ce créneau
          </Button>
        </Group>
      ))}
      <ErrorAlert error={book.error} />
    </Paper>
  );
}
