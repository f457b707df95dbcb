import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { QueueItem } from '../../electron/api/common/schemas/inbox';
import { frDateTime } from '../../electron/api/common/french';
import { CATEGORY_COLORS, CATEGORY_LABELS, timeLeft } from './categories';

/** The queue: most urgent first, each line with its category, first reason and time left. */
export function QueueList({
  items,
  selectedId,
  onSelect,
  now,
}: {
  items: readonly QueueItem[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  now: number;
}) {
  if (items.length === 0)
    return (
      <Text c="dimmed" size="sm" p="sm">
        Aucun message ici.
      </Text>
    );
  return (
    <Stack gap={4} role="listbox" aria-label="Messages">
      {items.map((item) => {
        const left = timeLeft(item.dueAt, now);
        const selected = item.id === selectedId;
        return (
          <Paper
            key={item.id}
            withBorder
            p={6}
            role="option"
            aria-selected={selected}
            data-message-id={item.id}
            onClick={() => {
              onSelect(item.id);
            }}
            style={{
              cursor: 'pointer',
              borderLeft: `4px solid var(--mantine-color-${CATEGORY_COLORS[item.category]}-6)`,
              background: selected ? 'var(--mantine-color-blue-0)' : undefined,
            }}
          >
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="sm" fw={item.state === 'nouveau' ? 700 : 500} truncate>
                {item.fromName}
              </Text>
              {left && (
                <Badge size="xs" color={left.overdue ? 'red' : 'gray'} variant={left.overdue ? 'filled' : 'light'}>
                  {left.text}
                </Badge>
              )}
            </Group>
            <Text size="sm" truncate>
              {item.subject || '(sans objet)'}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Badge size="xs" color={CATEGORY_COLORS[item.category]} variant={item.corrected ? 'outline' : 'light'}>
                {CATEGORY_LABELS[item.category]}
              </Badge>
              <Text size="xs" c="dimmed" truncate>
                {item.firstReason}
              </Text>
            </Group>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {frDateTime(item.receivedAt)}
              </Text>
              {item.patient && (
                <Text size="xs" c="blue">
                  {item.patient.name}
                </Text>
              )}
              {item.assignedTo && (
                <Text size="xs" c="dimmed">
                  → {item.assignedTo.name}
                </Text>
              )}
              {item.attachments > 0 && (
                <Text size="xs" c="dimmed">
                  PJ {item.attachments}
                </Text>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
