import { Badge, Table, Text } from '@mantine/core';
import { actionLabel, readableDetail } from '../../electron/api/common/readable-log';
import { frDateTime } from '../../electron/api/common/french';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../ui/errors';
import { ChainCheck } from './ChainCheck';

const OUTCOME_COLORS = { ok: 'teal', refused: 'orange', error: 'red' } as const;
const OUTCOME_LABELS = { ok: 'fait', refused: 'refusé', error: 'erreur' } as const;

/** The last changes and refusals: who, when, from which seat. */
export function AuditPanel() {
  const query = useApiQuery('audit.list', { limit: 200 });
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        Le journal ne peut que s’allonger : la base refuse toute modification ou suppression, et chaque entrée est
        scellée par l’empreinte de la précédente (une entrée changée dans le fichier se voit).
      </Text>
      <ChainCheck />
      <ErrorAlert error={query.error} />
      <Table striped verticalSpacing={2} fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>N°</Table.Th>
            <Table.Th>Quand</Table.Th>
            <Table.Th>Qui</Table.Th>
            <Table.Th>Poste</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Résultat</Table.Th>
            <Table.Th>Détail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(query.data ?? []).map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{entry.id}</Table.Td>
              <Table.Td>{frDateTime(entry.at)}</Table.Td>
              <Table.Td>{entry.userName ?? '—'}</Table.Td>
              <Table.Td>{entry.seat}</Table.Td>
              <Table.Td title={entry.action}>{actionLabel(entry.action)}</Table.Td>
              <Table.Td>
                <Badge size="xs" color={OUTCOME_COLORS[entry.outcome]}>
                  {OUTCOME_LABELS[entry.outcome]}
                </Badge>
              </Table.Td>
              <Table.Td>{readableDetail(entry.action, entry.detail)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
