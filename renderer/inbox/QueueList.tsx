import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, type KeyboardEvent } from 'react';
import { UNREADABLE_MESSAGE, type QueueItem } from '../../electron/api/common/schemas/inbox';
import { frDateTime } from '../../electron/api/common/french';
import { senderLabel, senderParts } from '../../electron/api/common/shown-names';
import { CATEGORY_COLORS, CATEGORY_LABELS, timeLeft } from './categories';

/**
 * How far a key moves in the queue, read by its place on the keyboard (`code`: French keyboards are
 * AZERTY); J and K as on the rest of the page.
 */
const STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  KeyJ: 1,
  ArrowUp: -1,
  KeyK: -1,
  Home: -Infinity,
  End: Infinity,
};
const OPEN_KEYS = new Set(['Enter', 'NumpadEnter', 'Space']);
const optionId = (id: number) => `queue-message-${id}`;

/**
 * The sender on one line (issue 27): a long display name is cut, never the real address beside it,
 * so a name cannot push the address out of sight.
 */
function SenderLine({ from, bold }: { from: { name: string; address: string }; bold: boolean }) {
  const { name, address } = senderParts(from);
  // One line (one paragraph, as before) of two parts: the name may shrink, the address may not.
  return (
    <Text
      size="sm"
      fw={bold ? 700 : 500}
      title={senderLabel(from)}
      data-testid="queue-sender"
      style={{ display: 'flex', minWidth: 0, flex: 1, whiteSpace: 'nowrap' }}
    >
      {name && (
        <Text span inherit truncate style={{ minWidth: '3em' }}>
          {name}
        </Text>
      )}
      <Text
        span
        inherit
        fw={name ? 400 : undefined}
        c={name ? 'dimmed' : undefined}
        // Never cut: a very long address wraps rather than hide its domain.
        style={{ flexShrink: 0, maxWidth: '100%', whiteSpace: 'normal', overflowWrap: 'anywhere' }}
      >
        {name ? `\u00a0<${address}>` : address}
      </Text>
    </Text>
  );
}

/**
 * The queue: most urgent first, each line with its category, first reason and time left. Tab
 * reaches it as one list (issue 21); ↑ ↓ (or J K), Début and Fin move the selection, which opens the
 * message beside it as a click does; Entrée or Espace opens the one the list is on.
 */
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
  // The message chosen by a key or a shortcut of the page stays in sight in a long queue.
  useEffect(() => {
    if (selectedId !== null) document.getElementById(optionId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  const keys = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const step = STEPS[event.code];
    const index = items.findIndex((item) => item.id === selectedId);
    let next: QueueItem | undefined;
    if (step !== undefined) next = items[Math.min(items.length - 1, Math.max(0, index + step))];
    else if (OPEN_KEYS.has(event.code)) next = items[index];
    if (!next) return;
    // The page's own J/K/↓/↑ would move a second time: the list answers its keys alone.
    event.preventDefault();
    event.stopPropagation();
    onSelect(next.id);
  };
  if (items.length === 0)
    return (
      <Text c="dimmed" size="sm" p="sm">
        Aucun message ici.
      </Text>
    );
  return (
    <Stack
      gap={4}
      role="listbox"
      aria-label="Messages"
      tabIndex={0}
      className="paume-queue"
      aria-activedescendant={selectedId === null ? undefined : optionId(selectedId)}
      onKeyDown={keys}
    >
      {items.map((item) => {
        const left = timeLeft(item.dueAt, now);
        const selected = item.id === selectedId;
        return (
          <Paper
            key={item.id}
            withBorder
            p={6}
            role="option"
            id={optionId(item.id)}
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
              {item.channel === 'telephone' ? (
                // A call of the cahier d'appels (issue 26): the number to call back, not an address.
                <Text size="sm" fw={item.state === 'nouveau' ? 700 : 400} truncate="end" data-testid="queue-call">
                  ☎ {item.fromName}
                  {item.fromAddress && item.fromAddress !== item.fromName ? ` · ${item.fromAddress}` : ''}
                </Text>
              ) : (
                <SenderLine from={{ name: item.fromName, address: item.fromAddress }} bold={item.state === 'nouveau'} />
              )}
              {left && (
                <Badge
                  size="xs"
                  color={left.overdue ? 'red' : 'gray'}
                  variant={left.overdue ? 'filled' : 'light'}
                  style={{ flexShrink: 0 }}
                >
                  {left.text}
                </Badge>
              )}
            </Group>
            <Text size="sm" truncate>
              {item.subject || '(sans objet)'}
            </Text>
            {item.unreadable && (
              // Set aside by the sync (issue 27): said on the line itself, not only once opened.
              <Text size="xs" c="orange.8" fw={600} data-testid="queue-unreadable">
                {UNREADABLE_MESSAGE[0]?.toUpperCase()}
                {UNREADABLE_MESSAGE.slice(1)}
              </Text>
            )}
            <Group gap={4} wrap="nowrap">
              {/* The category whole (issue 22 item 16: « URGENCE IMMÉDI… » at 1280): the reason gives way. */}
              <Badge
                size="xs"
                color={CATEGORY_COLORS[item.category]}
                variant={item.corrected ? 'outline' : 'light'}
                style={{ flexShrink: 0 }}
                styles={{ label: { overflow: 'visible' } }}
              >
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
