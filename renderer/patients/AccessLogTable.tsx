import { Anchor, Button, Group, Pagination, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { actionLabel, readableDetail } from '../../electron/api/common/readable-log';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import type { AccessEntry } from '../../electron/api/common/schemas/patient-file';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../ui/errors';
import { frDateTime } from '../../electron/api/common/french';

const PAGE_SIZE = 100;

const CSV_HEADER = ['date', 'utilisateur', 'poste', 'action', 'patient', 'détail', 'valeur précédente'];
const csvCell = (value: string | number | null | undefined) => `"${String(value ?? '').replace(/"/g, '""')}"`;

function downloadCsv(entries: readonly AccessEntry[], name: string): void {
  const lines = [
    CSV_HEADER,
    ...entries.map((e) => [
      e.at,
      e.userName,
      e.seat,
      actionLabel(e.action),
      e.patientName,
      readableDetail(e.action, e.detail),
      e.previousValue,
    ]),
  ];
  // BOM so that spreadsheet software reads the accents right.
  const blob = new Blob(['\ufeff', lines.map((line) => line.map(csvCell).join(';')).join('\r\n')], {
    type: 'text/csv;charset=utf-8',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Who read or changed which file, when, from which seat; by patient or by user, exportable. */
export function AccessLogTable({ patientId }: { patientId?: number }) {
  const users = useApiQuery('users.list', {});
  const [userId, setUserId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = useApiQuery('patientFile.accessLog', {
    ...(patientId ? { patientId } : {}),
    ...(userId ? { userId: Number(userId) } : {}),
    ...(parseFrenchDate(from) ? { from: parseFrenchDate(from) as string } : {}),
    ...(parseFrenchDate(to) ? { to: parseFrenchDate(to) as string } : {}),
    limit: 1000,
  });
  const entries = query.data ?? [];
  // A thousand lines open at once, shown a page at a time (issue 10): the table stays light.
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const shown = entries.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);

  return (
    <>
      <Group gap="xs" align="flex-end" mb="xs">
        <Select
          size="xs"
          label="Utilisateur"
          clearable
          placeholder="tous"
          data={(users.data ?? []).map((u) => ({ value: String(u.id), label: u.displayName }))}
          value={userId}
          onChange={setUserId}
        />
        <TextInput
          size="xs"
          w={110}
          label="Du"
          placeholder="JJ/MM/AAAA"
          value={from}
          onChange={(e) => {
            setFrom(e.currentTarget.value);
          }}
        />
        <TextInput
          size="xs"
          w={110}
          label="Au"
          placeholder="JJ/MM/AAAA"
          value={to}
          onChange={(e) => {
            setTo(e.currentTarget.value);
          }}
        />
        <Button
          size="xs"
          variant="default"
          disabled={entries.length === 0}
          onClick={() => {
            downloadCsv(entries, `journal-acces${patientId ? `-patient-${patientId}` : ''}.csv`);
          }}
        >
          Exporter (CSV)
        </Button>
        <Text size="xs" c="dimmed">
          {entries.length} ligne(s)
        </Text>
        {pages > 1 && <Pagination size="xs" total={pages} value={Math.min(page, pages)} onChange={setPage} />}
      </Group>
      <ErrorAlert error={query.error} />
      <Table striped fz="xs" verticalSpacing={2} data-testid="access-log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Quand</Table.Th>
            <Table.Th>Qui</Table.Th>
            <Table.Th>Poste</Table.Th>
            <Table.Th>Action</Table.Th>
            {!patientId && <Table.Th>Patient</Table.Th>}
            <Table.Th>Détail</Table.Th>
            <Table.Th>Valeur précédente</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{frDateTime(entry.at)}</Table.Td>
              <Table.Td>{entry.userName}</Table.Td>
              <Table.Td>{entry.seat}</Table.Td>
              <Table.Td title={entry.action}>{actionLabel(entry.action)}</Table.Td>
              {!patientId && (
                <Table.Td>
                  {entry.patientId && (
                    <Anchor component={Link} to={`/patients/${entry.patientId}`} size="xs">
                      {entry.patientName}
                    </Anchor>
                  )}
                </Table.Td>
              )}
              <Table.Td>{readableDetail(entry.action, entry.detail)}</Table.Td>
              <Table.Td maw={300}>
                <Text size="xs" truncate>
                  {entry.previousValue}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
