import { Badge, Button, Table } from '@mantine/core';
import type { OutputOf } from '../../../electron/api/common/contract';

type Account = OutputOf<'inbox.accounts'>[number];

/** The practice's mail accounts with the state of their sync, as it is now. */
export function MailAccountsTable({
  accounts,
  onEdit,
}: {
  accounts: readonly Account[];
  onEdit: (account: Account) => void;
}) {
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Compte</Table.Th>
          <Table.Th>Adresse</Table.Th>
          <Table.Th>État</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.map((account) => (
          <Table.Tr key={account.id}>
            <Table.Td>{account.label}</Table.Td>
            <Table.Td>{account.address}</Table.Td>
            <Table.Td>
              <Badge
                color={account.sync.state === 'connected' ? 'green' : account.sync.state === 'syncing' ? 'blue' : 'red'}
                variant="light"
              >
                {account.sync.message}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Button size="compact-xs" variant="subtle" onClick={() => onEdit(account)}>
                Modifier
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
