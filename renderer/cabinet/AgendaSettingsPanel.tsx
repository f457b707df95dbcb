import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { parseFrenchDate } from '../../electron/api/schemas/identity';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert, fieldError } from '../ui/errors';
import { practitionerChoices } from '../patients/practitioner-choices';

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const RELEASES = { 'day-before-17': 'la veille à 17 h', 'same-day-11': 'le jour même à 11 h' } as const;

/** Cabinet › Agenda (issue 12, started): the motifs, each practitioner's week, the days off. */
export function AgendaSettingsPanel() {
  const practitioners = useApiQuery('practitioners.list', {});
  const motifs = useApiQuery('agenda.motifs', {});
  const saveMotif = useApiMutation('agenda.saveMotif', ['agenda.motifs']);
  const addPeriod = useApiMutation('agenda.addPeriod', ['agenda.periods']);
  const removePeriod = useApiMutation('agenda.removePeriod', ['agenda.periods']);
  const addException = useApiMutation('agenda.addException');
  const [motif, setMotif] = useState({
    label: '',
    durationMinutes: 20,
    practitionerIds: [] as string[],
    emergencyAllowed: false,
    instructions: '',
  });
  const [practitionerId, setPractitionerId] = useState<string | null>(null);
  const chosen = practitionerId ?? (practitioners.data?.[0] ? String(practitioners.data[0].id) : null);
  const periods = useApiQuery('agenda.periods', { practitionerId: Number(chosen) }, { enabled: chosen !== null });
  const [period, setPeriod] = useState({
    weekday: '1',
    startTime: '08:30',
    endTime: '12:00',
    held: false,
    release: 'same-day-11',
    validFrom: '',
  });
  const [absence, setAbsence] = useState({ date: '', label: '' });
  const names = practitionerChoices(practitioners.data);

  return (
    <Stack gap="sm" maw={1100}>
      <Paper withBorder p="sm">
        <Text fw={600} mb={4}>
          Motifs de rendez-vous
        </Text>
        <Table striped>
          <Table.Tbody>
            {(motifs.data ?? []).map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td>{row.durationMinutes} min</Table.Td>
                <Table.Td>{row.emergencyAllowed ? 'possible en urgence' : ''}</Table.Td>
                <Table.Td>
                  {row.practitionerIds.map((id) => names.find((name) => name.value === String(id))?.label).join(', ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap="xs" align="flex-end" mt="xs">
          <TextInput
            size="xs"
            label="Motif"
            value={motif.label}
            onChange={(event) => setMotif({ ...motif, label: event.currentTarget.value })}
            error={fieldError(saveMotif.error, 'label')}
          />
          <NumberInput
            size="xs"
            w={110}
            label="Durée (min)"
            value={motif.durationMinutes}
            min={5}
            max={480}
            onChange={(value) => setMotif({ ...motif, durationMinutes: Number(value) || 0 })}
          />
          <MultiSelect
            size="xs"
            w={300}
            label="Praticiens"
            data={names}
            value={motif.practitionerIds}
            onChange={(value) => setMotif({ ...motif, practitionerIds: value })}
            error={fieldError(saveMotif.error, 'practitionerIds')}
          />
          <TextInput
            size="xs"
            w={260}
            label="Consignes au patient"
            value={motif.instructions}
            onChange={(event) => setMotif({ ...motif, instructions: event.currentTarget.value })}
          />
          <Checkbox
            size="xs"
            label="possible en urgence"
            checked={motif.emergencyAllowed}
            onChange={(event) => setMotif({ ...motif, emergencyAllowed: event.currentTarget.checked })}
          />
          <Button
            size="xs"
            onClick={() =>
              saveMotif.mutate(
                { ...motif, practitionerIds: motif.practitionerIds.map(Number) },
                { onSuccess: () => setMotif({ ...motif, label: '' }) },
              )
            }
          >
            Ajouter le motif
          </Button>
        </Group>
        <ErrorAlert error={saveMotif.error} />
      </Paper>
      <Paper withBorder p="sm">
        <Group gap="xs" mb={4}>
          <Text fw={600}>Semaine type de</Text>
          <Select size="xs" w={240} data={names} value={chosen} onChange={setPractitionerId} aria-label="Praticien" />
        </Group>
        <Table striped>
          <Table.Tbody>
            {(periods.data ?? []).map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{WEEKDAYS[row.weekday - 1]}</Table.Td>
                <Table.Td>
                  {row.startTime}–{row.endTime}
                </Table.Td>
                <Table.Td>
                  {row.heldForEmergencies
                    ? `réservé aux urgences${row.release ? `, libéré ${RELEASES[row.release]}` : ''}`
                    : ''}
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
          <Select
            size="xs"
            w={120}
            label="Jour"
            data={WEEKDAYS.map((label, index) => ({ value: String(index + 1), label }))}
            value={period.weekday}
            onChange={(value) => setPeriod({ ...period, weekday: value ?? '1' })}
          />
          <TextInput
            size="xs"
            w={80}
            label="Début"
            value={period.startTime}
            onChange={(event) => setPeriod({ ...period, startTime: event.currentTarget.value })}
            error={fieldError(addPeriod.error, 'startTime')}
          />
          <TextInput
            size="xs"
            w={80}
            label="Fin"
            value={period.endTime}
            onChange={(event) => setPeriod({ ...period, endTime: event.currentTarget.value })}
            error={fieldError(addPeriod.error, 'endTime')}
          />
          <TextInput
            size="xs"
            w={120}
            label="À partir du"
            placeholder="jj/mm/aaaa"
            value={period.validFrom}
            onChange={(event) => setPeriod({ ...period, validFrom: event.currentTarget.value })}
            error={fieldError(addPeriod.error, 'validFrom')}
          />
          <Checkbox
            size="xs"
            label="réservé aux urgences"
            checked={period.held}
            onChange={(event) => setPeriod({ ...period, held: event.currentTarget.checked })}
          />
          {period.held && (
            <Select
              size="xs"
              w={170}
              label="Libéré"
              data={Object.entries(RELEASES).map(([value, label]) => ({ value, label }))}
              value={period.release}
              onChange={(value) => setPeriod({ ...period, release: value ?? 'same-day-11' })}
            />
          )}
          <Button
            size="xs"
            disabled={chosen === null}
            onClick={() =>
              addPeriod.mutate({
                practitionerId: Number(chosen),
                weekday: Number(period.weekday),
                startTime: period.startTime,
                endTime: period.endTime,
                heldForEmergencies: period.held,
                release: period.held ? (period.release as keyof typeof RELEASES) : null,
                validFrom: parseFrenchDate(period.validFrom) ?? period.validFrom,
              })
            }
          >
            Ajouter la plage
          </Button>
        </Group>
        <ErrorAlert error={addPeriod.error} />
        <Group gap="xs" align="flex-end" mt="sm">
          <TextInput
            size="xs"
            w={120}
            label="Absent le"
            placeholder="jj/mm/aaaa"
            value={absence.date}
            onChange={(event) => setAbsence({ ...absence, date: event.currentTarget.value })}
            error={fieldError(addException.error, 'date')}
          />
          <TextInput
            size="xs"
            w={220}
            label="Motif de l’absence"
            value={absence.label}
            onChange={(event) => setAbsence({ ...absence, label: event.currentTarget.value })}
          />
          <Button
            size="xs"
            variant="default"
            disabled={chosen === null}
            onClick={() =>
              addException.mutate(
                { practitionerId: Number(chosen), date: absence.date, kind: 'absence', label: absence.label },
                { onSuccess: () => setAbsence({ date: '', label: '' }) },
              )
            }
          >
            Ajouter l’absence
          </Button>
          {addException.isSuccess && <Text size="xs">Absence enregistrée.</Text>}
        </Group>
        <ErrorAlert error={addException.error} />
      </Paper>
    </Stack>
  );
}
