import { Button, Checkbox, Group, NativeSelect, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { parseFrenchDate } from '../../../electron/api/common/schemas/identity';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { agendaKeys } from '../../api/query-keys';
import { frDate } from '../../../electron/api/common/french';
import { ErrorAlert, fieldError } from '../../ui/errors';

export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
// « La veille » is the practitioner's last day of consultation before (Friday for a Monday), issue 24 point 3.
const RELEASES = {
  'day-before-17': 'la veille à 17 h (dernier jour de consultation)',
  'same-day-11': 'le jour même à 11 h',
} as const;
type Release = keyof typeof RELEASES;

/** One practitioner's week: recurring opening periods, some held for emergencies, each with its validity. */
export function WeekSettings({ practitionerId }: { practitionerId: number }) {
  const periods = useApiQuery('agenda.periods', { practitionerId });
  const addPeriod = useApiMutation('agenda.addPeriod', [agendaKeys.periods(), agendaKeys.rooms()]);
  const removePeriod = useApiMutation('agenda.removePeriod', [agendaKeys.periods()]);
  const [period, setPeriod] = useState({
    weekday: '1',
    startTime: '08:30',
    endTime: '12:00',
    room: '',
    held: false,
    release: 'same-day-11' as Release,
    validFrom: '',
    validUntil: '',
  });
  return (
    <>
      <Table striped data-testid="periods">
        <Table.Tbody>
          {(periods.data ?? []).map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{WEEKDAYS[row.weekday - 1]}</Table.Td>
              <Table.Td>
                {row.startTime}–{row.endTime}
              </Table.Td>
              <Table.Td>{row.room}</Table.Td>
              <Table.Td>
                {row.heldForEmergencies
                  ? `réservé aux urgences${row.release ? `, libéré ${RELEASES[row.release]}` : ''}`
                  : ''}
              </Table.Td>
              <Table.Td>
                du {frDate(row.validFrom)}
                {row.validUntil ? ` au ${frDate(row.validUntil)}` : ''}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => removePeriod.mutate({ id: row.id })}
                >
                  Retirer
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs" align="flex-end" mt="xs">
        <NativeSelect
          size="xs"
          w={110}
          label="Jour"
          data={WEEKDAYS.map((label, index) => ({ value: String(index + 1), label }))}
          value={period.weekday}
          onChange={(event) => setPeriod({ ...period, weekday: event.currentTarget.value })}
        />
        {(['startTime', 'endTime'] as const).map((field) => (
          <TextInput
            key={field}
            size="xs"
            w={70}
            label={field === 'startTime' ? 'Début' : 'Fin'}
            value={period[field]}
            onChange={(event) => setPeriod({ ...period, [field]: event.currentTarget.value })}
            error={fieldError(addPeriod.error, field)}
          />
        ))}
        <TextInput
          size="xs"
          w={110}
          label="Salle"
          value={period.room}
          onChange={(event) => setPeriod({ ...period, room: event.currentTarget.value })}
          error={fieldError(addPeriod.error, 'room')}
        />
        {(['validFrom', 'validUntil'] as const).map((field) => (
          <TextInput
            key={field}
            size="xs"
            w={115}
            label={field === 'validFrom' ? 'À partir du' : 'Jusqu’au'}
            placeholder={field === 'validFrom' ? 'jj/mm/aaaa' : 'sans fin'}
            value={period[field]}
            onChange={(event) => setPeriod({ ...period, [field]: event.currentTarget.value })}
            error={fieldError(addPeriod.error, field)}
          />
        ))}
        <Checkbox
          size="xs"
          label="réservé aux urgences"
          checked={period.held}
          onChange={(event) => setPeriod({ ...period, held: event.currentTarget.checked })}
        />
        {period.held && (
          <NativeSelect
            size="xs"
            w={160}
            label="Libéré"
            data={Object.entries(RELEASES).map(([value, label]) => ({ value, label }))}
            value={period.release}
            onChange={(event) => setPeriod({ ...period, release: event.currentTarget.value as Release })}
          />
        )}
        <Button
          size="xs"
          onClick={() =>
            addPeriod.mutate({
              practitionerId,
              weekday: Number(period.weekday),
              startTime: period.startTime,
              endTime: period.endTime,
              room: period.room,
              heldForEmergencies: period.held,
              release: period.held ? period.release : null,
              validFrom: parseFrenchDate(period.validFrom) ?? period.validFrom,
              validUntil: period.validUntil.trim() ? (parseFrenchDate(period.validUntil) ?? period.validUntil) : null,
            })
          }
        >
          Ajouter la plage
        </Button>
      </Group>
      <ErrorAlert error={addPeriod.error ?? removePeriod.error} />
    </>
  );
}
