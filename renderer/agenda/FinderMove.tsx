import { Alert, Anchor, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { frDate, frTime } from '../../electron/api/common/french';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';

/**
 * The finder opened to move an appointment (« Déplacer… » of an appointment an absence covers,
 * issue 24 point 12): the appointment is read back from the patient's upcoming ones, the reason
 * is asked (prefilled with what covers it), and a chosen slot moves it instead of booking anew.
 */
export function useFinderMove(move: { id: number | null; reason: string | null }, patientId: number | null) {
  const upcoming = useApiQuery(
    'agenda.ofPatient',
    { patientId: patientId ?? 0 },
    { enabled: move.id !== null && patientId !== null },
  );
  const appointment = move.id === null ? null : (upcoming.data?.upcoming.find((row) => row.id === move.id) ?? null);
  const [reason, setReason] = useState(move.reason ?? '');
  const mutation = useApiMutation('agenda.move', [
    agendaKeys.slots(),
    agendaKeys.slotAdvice(),
    agendaKeys.day(),
    agendaKeys.weeks(),
    agendaKeys.ofPatient(),
    agendaKeys.covered(),
  ]);
  const navigate = useNavigate();
  /** Moves the appointment there; then the finder starts over as a plain search (its address no longer names a move). */
  const moveTo = (
    slot: { practitionerId: number; date: string; time: string },
    onMoved: (date: string, practitionerId: number) => void,
  ) => {
    if (!appointment) return;
    mutation.mutate(
      { id: appointment.id, date: slot.date, time: slot.time, practitionerId: slot.practitionerId, reason },
      {
        onSuccess: ({ appointment: moved }) => {
          notifications.show({
            color: 'teal',
            message: `Rendez-vous déplacé : ${frDate(moved.date)} à ${frTime(moved.time)}.`,
          });
          onMoved(moved.date, moved.practitionerId);
          void navigate('/secretariat/rendez-vous');
        },
      },
    );
  };
  return { wanted: move.id !== null, appointment, reason, setReason, mutation, moveTo, loading: upcoming.isPending };
}

export function FinderMoveBanner({ move }: { move: ReturnType<typeof useFinderMove> }) {
  if (!move.wanted) return null;
  const { appointment } = move;
  return (
    <Alert color="yellow" p="xs" data-testid="finder-move">
      {appointment ? (
        <Stack gap={4}>
          <Text size="sm">
            Déplacer le rendez-vous du {frDate(appointment.date)} à {frTime(appointment.time)} ({appointment.motifLabel}
            ) : choisissez le nouveau créneau.
          </Text>
          <TextInput
            size="xs"
            label="Raison du déplacement"
            placeholder="raison du déplacement"
            value={move.reason}
            onChange={(event) => move.setReason(event.currentTarget.value)}
          />
        </Stack>
      ) : (
        !move.loading && (
          <Text size="sm">
            Ce rendez-vous n’est plus à venir (déjà déplacé ou annulé) : rien à déplacer.{' '}
            <Anchor size="sm" href="#/secretariat/rendez-vous">
              Nouvelle recherche
            </Anchor>
          </Text>
        )
      )}
    </Alert>
  );
}
