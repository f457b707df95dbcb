import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { frDate, frTime } from '../../electron/api/common/french';
import { parisToday } from '../../electron/api/common/paris-day';
import { CALL_OUTCOME_LABELS, CALLER_KIND_LABELS } from '../../electron/api/common/schemas/calls';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import { MESSAGE_STATE_LABELS } from '../../electron/api/common/schemas/inbox';
import { useApiQuery } from '../api/hooks';
import { CATEGORY_COLORS, CATEGORY_LABELS, timeLeft } from '../inbox/categories';
import { ErrorAlert } from '../ui/errors';
import { useNow } from '../ui/use-now';
import { openNewCall } from './call-draft';
import { SecretariatLinks } from '../shell/SecretariatLinks';
import { DayStepper } from '../ui/DayStepper';
import { DayBeforeSummary } from './DayBeforeSummary';

/**
 * Secrétariat › Appels: the day's cahier d'appels (issue 26), printable and searchable. Each call
 * shows where its request stands in the queue now; a call to return that is overdue is in red.
 */
export function CallsDayPage() {
  const now = useNow(30_000);
  const [dayText, setDayText] = useState(frDate(parisToday()));
  const [query, setQuery] = useState('');
  const day = parseFrenchDate(dayText) ?? parisToday();
  const calls = useApiQuery('calls.day', { day, query });
  const entries = calls.data ?? [];
  const open = entries.filter((entry) => entry.state !== 'traite');
  return (
    <Stack gap="sm" className="paume-print-area">
      <Group gap="md" align="baseline" className="no-print">
        <Title order={3}>Cahier d’appels</Title>
        <SecretariatLinks current="/secretariat/appels" />
        <Button size="compact-sm" color="teal" variant="light" onClick={() => openNewCall()} title="F4">
          Nouvel appel
        </Button>
      </Group>
      <Group gap="xs" className="no-print">
        <DayStepper
          day={day}
          dayText={dayText}
          onChange={setDayText}
          label="Jour"
          previous="← Veille"
          next="Lendemain →"
        />
        <TextInput
          size="xs"
          placeholder="Chercher : nom, numéro, mot du motif"
          aria-label="Chercher dans le cahier"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={280}
        />
        <Text size="sm" data-testid="calls-count">
          {entries.length} appel{entries.length > 1 ? 's' : ''} · {open.length} en cours
        </Text>
        <Button size="compact-sm" variant="default" ml="auto" onClick={() => window.print()}>
          Imprimer
        </Button>
      </Group>
      <Text fw={600} className="print-only">
        Cahier d’appels du {frDate(day)}
      </Text>
      <DayBeforeSummary />
      <ErrorAlert error={calls.error} />
      <Table striped withTableBorder data-testid="calls-day">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>Heure</Table.Th>
            <Table.Th>Appelant</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Motif</Table.Th>
            <Table.Th>Catégorie</Table.Th>
            <Table.Th>Issue</Table.Th>
            <Table.Th>Où en est la demande</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const left = entry.state === 'traite' ? null : timeLeft(entry.dueAt, now);
            return (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{frTime(entry.at)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.callerName || CALLER_KIND_LABELS[entry.callerKind]}</Text>
                  <Text size="xs" c="dimmed">
                    {entry.number || 'sans numéro'} · {CALLER_KIND_LABELS[entry.callerKind].toLowerCase()}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {entry.patient ? (
                    <Anchor href={`#/patients/${entry.patient.id}`} size="sm">
                      {entry.patient.name} ({frDate(entry.patient.birthDate)})
                    </Anchor>
                  ) : (
                    <Text size="xs" c="dimmed">
                      sans dossier
                    </Text>
                  )}
                </Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={3}>
                    {entry.notes}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" color={CATEGORY_COLORS[entry.category]} variant="light">
                    {CATEGORY_LABELS[entry.category]}
                  </Badge>
                  {entry.loweringReason && (
                    <Text size="xs" c="orange.9" title={entry.loweringReason}>
                      baissée (protocole : {CATEGORY_LABELS[entry.suggestedCategory]})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{CALL_OUTCOME_LABELS[entry.outcome]}</Text>
                  <Text size="xs" c="dimmed">
                    {[entry.outcomeDetail, `pris par ${entry.takenBy}`].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor href={`#/secretariat?demande=${entry.requestId}`} size="sm">
                    {MESSAGE_STATE_LABELS[entry.state]}
                  </Anchor>
                  {entry.assignedTo && (
                    <Text size="xs" c="dimmed">
                      {entry.assignedTo}
                    </Text>
                  )}
                  {left && (
                    <Badge size="xs" color={left.overdue ? 'red' : 'gray'} variant={left.overdue ? 'filled' : 'light'}>
                      {left.text}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          Aucun appel consigné {query ? 'pour cette recherche ' : ''}ce jour-là.
        </Text>
      )}
    </Stack>
  );
}
