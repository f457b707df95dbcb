import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useApiQuery } from '../api/hooks';
import { agree, countOf, frDate } from '../../electron/api/common/french';

/**
 * The patient file's line about the agenda: the next appointments, the no-shows counted, and
 * « Trouver un créneau », which opens the finder on this patient.
 */
export function PatientAppointments({ patientId, canBook }: { patientId: number; canBook: boolean }) {
  const agenda = useApiQuery('agenda.ofPatient', { patientId });
  const upcoming = agenda.data?.upcoming ?? [];
  return (
    <Group gap="xs" data-testid="patient-appointments">
      <Text size="sm" c="dimmed">
        {upcoming.length === 0 ? 'Aucun rendez-vous à venir' : 'Rendez-vous :'}
      </Text>
      {upcoming.slice(0, 3).map((appointment) => (
        <Badge key={appointment.id} variant="light" size="sm">
          {frDate(appointment.date)} {appointment.time} — {appointment.motifLabel}
        </Badge>
      ))}
      {(agenda.data?.noShows ?? 0) > 0 && (
        <Badge color="red" variant="light" size="sm">
          {countOf(agenda.data?.noShows ?? 0, 'absence')} non {agree(agenda.data?.noShows ?? 0, 'excusée')}
        </Badge>
      )}
      {canBook && (
        <Anchor size="sm" href={`#/secretariat/rendez-vous?patient=${patientId}`}>
          Trouver un créneau
        </Anchor>
      )}
    </Group>
  );
}
