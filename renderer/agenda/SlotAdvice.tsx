import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../ui/errors';
import { notifications } from '@mantine/notifications';
import type { FindSlotsInput } from '../../electron/api/common/schemas/agenda';
import type { SlotAdvice } from '../../electron/api/common/schemas/agenda-advice';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';

/**
 * What the finder says beside its list (issue 24), and the walk-in it offers: an « urgence
 * immédiate » is to be seen now, an emergency with nothing left today is said so. When the
 * walk-in is offered, Entrée takes it (the form asks `walkIn`) instead of booking a later slot.
 */
export function useSlotAdvice(input: FindSlotsInput, enabled: boolean, patientId: number | null) {
  const advice = useApiQuery('agenda.slotAdvice', input, { enabled });
  const mutation = useApiMutation('agenda.walkIn', [
    agendaKeys.waitingRoom(),
    agendaKeys.day(),
    agendaKeys.slots(),
    agendaKeys.slotAdvice(),
  ]);
  const offer = advice.data?.walkIn ?? null;
  const walkIn = () => {
    if (!offer || patientId === null || mutation.isPending || mutation.isSuccess) return;
    mutation.mutate(
      { patientId, practitionerId: offer.practitionerId, motifId: input.motifId, notes: 'urgence du jour' },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: `Accueilli sans rendez-vous avec ${offer.practitionerName} : en salle d’attente.`,
          }),
      },
    );
  };
  return { advice: advice.data ?? null, error: advice.error ?? mutation.error, offer, walkIn, mutation };
}

export function SlotAdviceNotices({
  advice,
  canWalkIn,
  walked,
  onChoosePractitioner,
}: {
  advice: SlotAdvice | null;
  canWalkIn: boolean;
  walked: { isPending: boolean; isSuccess: boolean };
  onChoosePractitioner: (practitionerId: number) => void;
}) {
  if (!advice || advice.notices.length === 0) return null;
  const offer = advice.walkIn;
  return (
    <Stack gap={4} data-testid="slot-advice">
      {advice.notices.map((notice) => (
        <Alert
          key={notice.kind + notice.message}
          color={notice.kind === 'not-this-practitioner' ? 'yellow' : 'red'}
          p="xs"
        >
          <Text size="sm">{notice.message}</Text>
          {notice.kind === 'not-this-practitioner' && (
            <Group gap={4} mt={4}>
              {advice.practitionersWhoDo.map((who) => (
                <Button
                  key={who.practitionerId}
                  size="compact-xs"
                  variant="light"
                  onClick={() => onChoosePractitioner(who.practitionerId)}
                >
                  Chercher avec {who.practitionerName}
                </Button>
              ))}
            </Group>
          )}
        </Alert>
      ))}
      {offer && (
        <Group gap="xs">
          <Button
            size="compact-sm"
            color="red"
            type="submit"
            disabled={!canWalkIn || walked.isPending || walked.isSuccess}
          >
            Accueillir sans rendez-vous avec {offer.practitionerName} (Entrée)
          </Button>
          {walked.isSuccess && <Text size="xs">Le patient est en salle d’attente.</Text>}
          {!canWalkIn && <Text size="xs">Choisissez d’abord le patient.</Text>}
        </Group>
      )}
    </Stack>
  );
}

/** « Mettre sur la liste d’attente », with the patient's constraints as its note. */
export function WaitlistButton({
  patientId,
  motifId,
  practitionerId,
  note,
}: {
  patientId: number | null;
  motifId: number | null;
  practitionerId: number | null;
  note: string;
}) {
  const addWaiting = useApiMutation('agenda.addWaiting', [agendaKeys.waitlist()]);
  return (
    <>
      <ErrorAlert error={addWaiting.error} />
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="default"
          disabled={patientId === null || motifId === null || addWaiting.isSuccess}
          onClick={() =>
            patientId !== null && motifId !== null && addWaiting.mutate({ patientId, motifId, practitionerId, note })
          }
        >
          Mettre sur la liste d’attente
        </Button>
        {addWaiting.isSuccess && <Text size="xs">Inscrit : le premier créneau libéré lui sera proposé.</Text>}
      </Group>
    </>
  );
}
