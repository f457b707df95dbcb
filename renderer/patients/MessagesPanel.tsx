import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useApiQuery } from '../api/hooks';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../inbox/categories';
import { frDateTime } from '../../electron/api/common/french';
import { senderLabel } from '../../electron/api/common/shown-names';

/**
 * The patient's exchanges (issues 11 and 26): the mail that arrived about them, what the practice
 * answered, and the calls of the cahier d'appels.
 */
export function MessagesPanel({ patientId }: { patientId: number }) {
  const messages = useApiQuery('inbox.forPatient', { patientId });
  if ((messages.data ?? []).length === 0)
    return (
      <Text c="dimmed" size="sm">
        Aucun échange (message ou appel) rattaché à ce dossier.
      </Text>
    );
  return (
    <Table striped withTableBorder>
      <Table.Tbody>
        {(messages.data ?? []).map((message) => (
          <Table.Tr key={message.id}>
            <Table.Td>{frDateTime(message.at)}</Table.Td>
            <Table.Td>
              {message.channel === 'telephone'
                ? `☎ appel de ${message.fromName}${message.fromAddress && message.fromAddress !== message.fromName ? ` (${message.fromAddress})` : ''}`
                : `${message.direction === 'in' ? 'reçu de' : 'envoyé par'} ${senderLabel({ name: message.fromName, address: message.fromAddress })}`}
            </Table.Td>
            <Table.Td>
              <Anchor href={`#/secretariat?demande=${message.id}`} size="sm">
                {message.subject || '(sans objet)'}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {message.direction === 'in' && (
                <Badge size="xs" color={CATEGORY_COLORS[message.category]} variant="light">
                  {CATEGORY_LABELS[message.category]}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
