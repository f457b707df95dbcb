import { Alert, Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { CoveredAppointment } from '../../electron/api/common/schemas/agenda';
import { frDate, frTime } from '../../electron/api/common/french';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { usePractitioners } from '../patients/practitioner-choices';
import { ErrorAlert } from '../ui/errors';
import { BirthDateMark, homonymsIn, isHomonym } from '../ui/PatientLabel';

/** Where « Déplacer… » opens the finder: that patient, that motif, the move of that appointment. */
export const moveHref = (appointment: CoveredAppointment) =>
  `#/secretariat/rendez-vous?${new URLSearchParams({
    patient: String(appointment.patientId),
    motif: String(appointment.motifId),
    deplacer: String(appointment.id),
    raison: appointment.closure,
  }).toString()}`;

/**
 * Issue 24 point 12: the booked patients an absence or a closure covers, until each is moved,
 * told or kept on purpose. Shown under Cabinet › Agenda (where the absence is entered) and on
 * Rendez-vous (where the secretary moves them); nothing when there is none.
 */
export function CoveredAppointments() {
  const covered = useApiQuery('agenda.covered', {});
  const practitioners = usePractitioners();
  const keys = [agendaKeys.covered(), agendaKeys.day(), agendaKeys.weeks()];
  const keep = useApiMutation('agenda.keepCovered', keys);
  const notify = useApiMutation('agenda.notifyCovered', keys);
  // The one just kept, with its undo (a mis-click loses nothing).
  const [kept, setKept] = useState<CoveredAppointment | null>(null);
  const rows = covered.data ?? [];
  const practitionerOf = (id: number) =>
    practitioners.choices.find((choice) => choice.value === String(id))?.label ?? '';
  if (rows.length === 0 && !kept && !covered.error) return null;
  const homonyms = homonymsIn(rows);
  return (
    <Alert
      color="orange"
      p="xs"
      data-testid="covered-appointments"
      title={`À reprendre : ${rows.length} rendez-vous pendant une absence ou une fermeture`}
    >
      <ErrorAlert error={covered.error ?? keep.error ?? notify.error} />
      {kept && (
        <Group gap="xs" mb={4}>
          <Text size="sm">
            Gardé : {kept.patientName}, {frDate(kept.date)} à {frTime(kept.time)}.
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => keep.mutate({ id: kept.id, kept: false }, { onSuccess: () => setKept(null) })}
          >
            Annuler
          </Button>
        </Group>
      )}
      <Table fz="sm" verticalSpacing={2}>
        <Table.Tbody>
          {rows.map((appointment) => (
            <Table.Tr key={appointment.id} data-testid="covered-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {frDate(appointment.date)} {frTime(appointment.time)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {appointment.patientName}
                <BirthDateMark
                  birthDate={appointment.patientBirthDate}
                  homonym={isHomonym(homonyms, appointment.patientName)}
                />
              </Table.Td>
              <Table.Td>
                {practitionerOf(appointment.practitionerId)} · {appointment.motifLabel}
                <Text size="xs" c="dimmed">
                  {appointment.closure}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Group gap={4} wrap="nowrap">
                  <Anchor size="sm" href={moveHref(appointment)}>
                    Déplacer…
                  </Anchor>
                  {appointment.notifiedAt ? (
                    <Badge size="xs" color="teal" variant="light" title={appointment.notifiedAt}>
                      prévenu le {frDate(appointment.notifiedAt)}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      loading={notify.isPending && notify.variables.id === appointment.id}
                      onClick={() => notify.mutate({ id: appointment.id })}
                    >
                      Prévenir
                    </Button>
                  )}
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    title="Le rendez-vous a lieu malgré l’absence (le praticien vient pour lui)"
                    onClick={() =>
                      keep.mutate({ id: appointment.id, kept: true }, { onSuccess: () => setKept(appointment) })
                    }
                  >
                    Garder
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
