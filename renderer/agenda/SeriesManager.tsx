import { Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { frDate, frTime } from '../../electron/api/common/french';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { ErrorAlert } from '../ui/errors';

const STATUS: Readonly<Record<string, string>> = { booked: 'réservé', cancelled: 'annulé', 'no-show': 'absent' };

/**
 * A booked series (issue 24 point 15): its appointments, moved as a whole (so many days, and/or
 * another hour; all or none, the blocking one named) or cancelled as a whole; one occurrence is
 * moved or cancelled from the day list like any appointment, and stays in its series.
 */
export function SeriesManager({ seriesId, onClose }: { seriesId: number; onClose: () => void }) {
  const series = useApiQuery('agenda.series', { id: seriesId });
  const keys = [agendaKeys.day(), agendaKeys.weeks(), agendaKeys.ofPatient(), agendaKeys.slots(), agendaKeys.series()];
  const move = useApiMutation('agenda.moveSeries', keys);
  const cancel = useApiMutation('agenda.cancelSeries', keys);
  const [shiftDays, setShiftDays] = useState(0);
  const [time, setTime] = useState('');
  const [reason, setReason] = useState('');
  const appointments = series.data?.appointments ?? [];
  return (
    <Paper withBorder p="xs" data-testid="series-manager">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600} size="sm">
            Série : {appointments.filter((row) => row.status === 'booked').length} rendez-vous réservés
            {appointments[0] ? ` — ${appointments[0].patientName} (${frDate(appointments[0].patientBirthDate)})` : ''}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={onClose}>
            Fermer
          </Button>
        </Group>
        <ErrorAlert error={series.error ?? move.error ?? cancel.error} />
        <Table fz="sm" verticalSpacing={2}>
          <Table.Tbody>
            {appointments.map((row) => (
              <Table.Tr
                key={row.id}
                data-testid="series-appointment"
                style={{ opacity: row.status === 'booked' ? 1 : 0.55 }}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {frDate(row.date)} {frTime(row.time)}
                </Table.Td>
                <Table.Td>{row.motifLabel}</Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={row.status === 'booked' ? 'teal' : 'gray'}>
                    {STATUS[row.status] ?? row.status}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap="xs" align="flex-end">
          <NumberInput
            size="xs"
            w={140}
            label="Décaler de (jours)"
            min={-60}
            max={120}
            value={shiftDays}
            onChange={(value) => setShiftDays(Number(value) || 0)}
          />
          <TextInput
            size="xs"
            w={110}
            label="À (facult.)"
            placeholder="HH:MM"
            value={time}
            onChange={(event) => setTime(event.currentTarget.value)}
          />
          <TextInput
            size="xs"
            w={200}
            label="Raison"
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            loading={move.isPending}
            onClick={() =>
              move.mutate(
                { seriesId, shiftDays, time: time.trim() || null, reason },
                { onSuccess: () => notifications.show({ color: 'teal', message: 'Série déplacée.' }) },
              )
            }
          >
            Déplacer la série
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={cancel.isPending}
            onClick={() =>
              cancel.mutate(
                { seriesId, reason },
                {
                  onSuccess: () =>
                    notifications.show({ color: 'teal', message: 'Rendez-vous à venir de la série annulés.' }),
                },
              )
            }
          >
            Annuler la série
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
