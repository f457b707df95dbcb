import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { frDate, frTime } from '../../electron/api/common/french';
import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import {
  DAY_BEFORE_STATE_LABELS,
  type DayBeforeEntry,
  type DayBeforeState,
} from '../../electron/api/common/schemas/day-before-calls';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import { ANAESTHESIA_LABELS } from '../../electron/api/common/schemas/theatre';
import { useApiQuery } from '../api/hooks';
import { SecretariatLinks } from '../shell/SecretariatLinks';
import { DayStepper } from '../ui/DayStepper';
import { ErrorAlert } from '../ui/errors';
import { WHOLE_BADGE } from '../ui/whole-badge';
import { useCallList } from './use-call-list';
import { DayBeforeForm } from './DayBeforeForm';

const STATE_COLORS: Readonly<Record<DayBeforeState, string>> = {
  'a-appeler': 'blue',
  'a-rappeler': 'orange',
  joint: 'teal',
  'non-joint': 'red',
};

/** The ones still to call first, in the order of the theatre list. */
const TO_CALL_FIRST: readonly DayBeforeState[] = ['a-appeler', 'a-rappeler', 'non-joint', 'joint'];
const byWhatIsLeft = (a: DayBeforeEntry, b: DayBeforeEntry) =>
  TO_CALL_FIRST.indexOf(a.state) - TO_CALL_FIRST.indexOf(b.state);

/**
 * Secrétariat › Veille (issue 26 item 2): tomorrow's theatre patients to call, each with what to
 * tell them and the Bloc card's questions beside the list. Alt+↓ / Alt+↑ go to the next or the
 * previous patient; Alt+J records « joint », Alt+N « pas de réponse ».
 */
export function DayBeforePage() {
  const [searchParams] = useSearchParams();
  const [dayText, setDayText] = useState(() => frDate(searchParams.get('jour') ?? shiftDay(parisToday(), 1)));
  const day = parseFrenchDate(dayText) ?? shiftDay(parisToday(), 1);
  const list = useApiQuery('dayBeforeCalls.list', { day });
  const entries = [...(list.data?.entries ?? [])].sort(byWhatIsLeft);
  const { selected, choose } = useCallList(entries);
  const count = (state: DayBeforeState) => entries.filter((entry) => entry.state === state).length;

  return (
    <Stack gap="sm">
      <Group gap="md" align="baseline">
        <Title order={3}>Appels de la veille</Title>
        <SecretariatLinks current="/secretariat/veille" />
      </Group>
      <Group gap="xs">
        <DayStepper
          day={day}
          dayText={dayText}
          onChange={setDayText}
          label="Jour du bloc"
          previous="← Jour précédent"
          next="Jour suivant →"
        />
        <Text size="sm" data-testid="day-before-counts">
          Bloc du {frDate(day)} : {entries.length} patient{entries.length > 1 ? 's' : ''} · {count('a-appeler')} à
          appeler · {count('a-rappeler')} à rappeler · {count('joint')} joint{count('joint') > 1 ? 's' : ''}
          {count('non-joint') > 0 && (
            <Text span c="red" fw={600}>
              {' '}
              · {count('non-joint')} non joint{count('non-joint') > 1 ? 's' : ''} après {frTime(list.data?.eveningAt)}
            </Text>
          )}
        </Text>
      </Group>
      <ErrorAlert error={list.error} />
      {list.data && entries.length === 0 && (
        <Alert color="gray" py={6}>
          Aucun patient au programme opératoire du {frDate(day)}.
        </Alert>
      )}
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Table striped highlightOnHover withTableBorder style={{ flex: '1 1 50%' }} data-testid="day-before-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Arrivée</Table.Th>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Téléphone</Table.Th>
              <Table.Th>Intervention</Table.Th>
              <Table.Th>Appel</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr
                key={entry.caseId}
                onClick={() => choose(entry.caseId)}
                bg={entry.caseId === selected?.caseId ? 'blue.0' : undefined}
                style={{ cursor: 'pointer' }}
                data-testid="day-before-row"
                aria-selected={entry.caseId === selected?.caseId}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{frTime(entry.arrivalAt)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {entry.patient.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {frDate(entry.patient.birthDate)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.patient.phones[0] ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.procedure}</Text>
                  <Text size="xs" c="dimmed">
                    {ANAESTHESIA_LABELS[entry.plannedAnaesthesia]} · salle {entry.room}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {/* Lower case and never cut: « à rappeler » is read at a glance down the column. */}
                  <Badge color={STATE_COLORS[entry.state]} variant="light" size="sm" tt="none" styles={WHOLE_BADGE}>
                    {DAY_BEFORE_STATE_LABELS[entry.state]}
                  </Badge>
                  {entry.attempts.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {entry.attempts.length} essai{entry.attempts.length > 1 ? 's' : ''}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <div style={{ flex: '1 1 50%' }}>
          {selected && (
            // A new attempt remounts the form on the saved answers (and their new versions).
            <DayBeforeForm key={`${selected.caseId}-${selected.attempts.length}`} entry={selected} />
          )}
        </div>
      </Group>
    </Stack>
  );
}
