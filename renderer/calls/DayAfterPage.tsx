import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { frDate, frTime } from '../../electron/api/common/french';
import { parisToday } from '../../electron/api/common/paris-day';
import {
  DAY_AFTER_STATE_LABELS,
  type DayAfterEntry,
  type DayAfterState,
} from '../../electron/api/common/schemas/day-after-calls';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import { ANAESTHESIA_LABELS } from '../../electron/api/common/schemas/theatre';
import { useApiQuery } from '../api/hooks';
import { SecretariatLinks } from '../shell/SecretariatLinks';
import { DayStepper } from '../ui/DayStepper';
import { ErrorAlert } from '../ui/errors';
import { WHOLE_BADGE } from '../ui/whole-badge';
import { useCallList } from './use-call-list';
import { DayAfterForm } from './DayAfterForm';

const STATE_COLORS: Readonly<Record<DayAfterState, string>> = {
  'a-appeler': 'blue',
  'a-rappeler': 'orange',
  rassurant: 'teal',
  alerte: 'red',
  'non-joint': 'red',
};

/** An alert first (the surgeon must know it is being handled), then who is still to call. */
const FIRST: readonly DayAfterState[] = ['alerte', 'non-joint', 'a-appeler', 'a-rappeler', 'rassurant'];
const byWhatIsLeft = (a: DayAfterEntry, b: DayAfterEntry) => FIRST.indexOf(a.state) - FIRST.indexOf(b.state);

/**
 * Secrétariat › Lendemain (issue 26 item 3): the patients who left the day before, to call for
 * their J+1 follow-up, the form beside the list. Alt+↓ / Alt+↑ go to the next or previous
 * patient; Alt+J records « joint », Alt+N « pas de réponse ».
 */
export function DayAfterPage() {
  const [searchParams] = useSearchParams();
  const [dayText, setDayText] = useState(() => frDate(searchParams.get('jour') ?? parisToday()));
  const day = parseFrenchDate(dayText) ?? parisToday();
  const list = useApiQuery('dayAfterCalls.list', { day });
  const entries = [...(list.data?.entries ?? [])].sort(byWhatIsLeft);
  const { selected, choose } = useCallList(entries);
  const count = (state: DayAfterState) => entries.filter((entry) => entry.state === state).length;
  const thresholds = list.data?.thresholds;

  return (
    <Stack gap="sm">
      <Group gap="md" align="baseline">
        <Title order={3}>Appels du lendemain</Title>
        <SecretariatLinks current="/secretariat/lendemain" />
      </Group>
      <Group gap="xs">
        <DayStepper
          day={day}
          dayText={dayText}
          onChange={setDayText}
          label="Jour du suivi"
          previous="← Jour précédent"
          next="Jour suivant →"
        />
        <Text size="sm" data-testid="day-after-counts">
          Opérés du {frDate(list.data?.operatedOn)} : {entries.length} patient{entries.length > 1 ? 's' : ''} ·{' '}
          {count('a-appeler')} à appeler · {count('a-rappeler')} à rappeler · {count('rassurant')} rassurant
          {count('rassurant') > 1 ? 's' : ''}
          {count('alerte') > 0 && (
            <Text span c="red" fw={600}>
              {' '}
              · {count('alerte')} alerte{count('alerte') > 1 ? 's' : ''}
            </Text>
          )}
          {count('non-joint') > 0 && (
            <Text span c="red" fw={600}>
              {' '}
              · {count('non-joint')} non joint{count('non-joint') > 1 ? 's' : ''} après {frTime(thresholds?.noAnswerBy)}
            </Text>
          )}
        </Text>
      </Group>
      {thresholds && (
        <Text size="xs" c="dimmed">
          Alerte au chirurgien à partir d’une douleur de {thresholds.painAtLeast}/10, d’une température de{' '}
          {thresholds.temperatureAtLeast.toLocaleString('fr-FR')} °C, d’un saignement qui traverse le pansement, d’un
          doigt blanc, bleu, froid ou qui ne sent plus (seuils : Cabinet › Suivi J+1).
        </Text>
      )}
      <ErrorAlert error={list.error} />
      {list.data && entries.length === 0 && (
        <Alert color="gray" py={6}>
          Aucun patient sorti du bloc le {frDate(list.data.operatedOn)}.
        </Alert>
      )}
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Table striped highlightOnHover withTableBorder style={{ flex: '1 1 45%' }} data-testid="day-after-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Téléphone</Table.Th>
              <Table.Th>Intervention</Table.Th>
              <Table.Th>Suivi</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr
                key={entry.caseId}
                onClick={() => choose(entry.caseId)}
                bg={entry.caseId === selected?.caseId ? 'blue.0' : undefined}
                style={{ cursor: 'pointer' }}
                data-testid="day-after-row"
                aria-selected={entry.caseId === selected?.caseId}
              >
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
                    {ANAESTHESIA_LABELS[entry.plannedAnaesthesia]}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    color={STATE_COLORS[entry.state]}
                    variant={entry.state === 'alerte' || entry.state === 'non-joint' ? 'filled' : 'light'}
                    size="sm"
                    tt="none"
                    styles={WHOLE_BADGE}
                  >
                    {DAY_AFTER_STATE_LABELS[entry.state]}
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
        <div style={{ flex: '1 1 55%' }}>
          {selected && <DayAfterForm key={`${selected.caseId}-${selected.attempts.length}`} entry={selected} />}
        </div>
      </Group>
    </Stack>
  );
}
