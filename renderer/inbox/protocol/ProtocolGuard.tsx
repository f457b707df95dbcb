import { Badge, Checkbox, Group, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import type { ProtocolPreview, TriageProtocol } from '../../../electron/api/common/schemas/inbox-protocol';
import { agree, countOf } from '../../../electron/api/common/french';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../ui/errors';
import { CATEGORY_LABELS } from '../categories';

/**
 * The guard (issue 23): what the change being edited would move among the messages a secretary
 * corrected and the built-in examples, the lowered ones first and in red, and what must be
 * confirmed before saving. The parent saves only with `confirmed` once the box is ticked.
 */
export function useProtocolPreview(draft: TriageProtocol | null, enabled: boolean) {
  const [asked] = useDebouncedValue(draft, 500);
  return useApiQuery(
    'inbox.previewProtocol',
    { protocol: asked as TriageProtocol },
    {
      enabled: enabled && asked !== null,
      placeholderData: keepPreviousData,
      retry: false,
    },
  );
}

export function ProtocolGuard({
  preview,
  error,
  stale,
  confirmed,
  onConfirm,
}: {
  preview: ProtocolPreview | undefined;
  error: unknown;
  stale: boolean;
  confirmed: boolean;
  onConfirm: (value: boolean) => void;
}) {
  if (!preview) return <ErrorAlert error={error} />;
  const lowered = preview.moved.filter((item) => item.lowered).length;
  return (
    <Paper withBorder p="xs" data-testid="protocol-guard" style={{ opacity: stale ? 0.6 : 1 }}>
      <Text size="sm" fw={600}>
        Ce que le changement déplacerait
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {countOf(preview.checked.corrected, 'message')} {agree(preview.checked.corrected, 'corrigé')} par le secrétariat
        et {countOf(preview.checked.examples, 'exemple')} {agree(preview.checked.examples, 'trié')} à nouveau · bien
        classés : {preview.rightBefore} avant, {preview.rightAfter} après
      </Text>
      <ErrorAlert error={error} />
      {preview.moved.length === 0 ? (
        <Text size="xs">Aucun message ne change de catégorie.</Text>
      ) : (
        <ScrollArea.Autosize mah={260}>
          <Table fz="xs" verticalSpacing={2} data-testid="moved-messages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Message</Table.Th>
                <Table.Th>Aujourd’hui</Table.Th>
                <Table.Th>Après</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.moved.map((item) => (
                <Table.Tr
                  key={`${item.source}-${item.ref}`}
                  c={item.lowered ? 'red' : undefined}
                  data-lowered={item.lowered || undefined}
                >
                  <Table.Td>
                    {item.source === 'corrige' ? `n° ${item.ref}` : 'exemple'} · {item.title.slice(0, 60)}
                  </Table.Td>
                  <Table.Td>{CATEGORY_LABELS[item.before]}</Table.Td>
                  <Table.Td fw={item.lowered ? 700 : undefined}>
                    {CATEGORY_LABELS[item.after]}
                    {item.after === item.expected && (
                      <Badge size="xs" ml={4} color="teal" variant="light">
                        juste
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {preview.confirmations.length > 0 && (
        <Stack gap={2} mt={6} data-testid="guard-confirmations">
          {preview.confirmations.map((line) => (
            <Text key={line} size="xs" c="red" fw={600}>
              {line}
            </Text>
          ))}
          <Group>
            <Checkbox
              size="xs"
              color="red"
              label={lowered ? 'J’ai lu ces messages : enregistrer quand même' : 'Enregistrer quand même'}
              checked={confirmed}
              onChange={(event) => onConfirm(event.currentTarget.checked)}
            />
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
