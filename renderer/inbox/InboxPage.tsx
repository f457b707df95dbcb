import { Badge, Group, Kbd, ScrollArea, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useEffect, useState } from 'react';
import { CATEGORY_CODES, lowersEmergency, type CategoryCode } from '../../electron/api/common/schemas/inbox-protocol';
import { QUEUE_VIEWS, type SyncStatus } from '../../electron/api/common/schemas/inbox';
import { call } from '../api/client';
import { frDate, frTime } from '../../electron/api/common/french';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { inboxKeys } from '../api/query-keys';
import { useServerEvent } from '../api/use-live-lists';
import { useSession } from '../auth/session-context';
import { useNow } from '../ui/use-now';
import { CATEGORY_COLORS, CATEGORY_LABELS } from './categories';
import { snoozeUntil } from './snooze-until';
import { useCheckedLink } from './use-checked-link';
import { LoweringBar } from './LoweringBar';
import { MessageView } from './MessageView';
import { QueueList } from './QueueList';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';
import { ErrorAlert } from '../ui/errors';
import { SecretariatLinks } from '../shell/SecretariatLinks';

const VIEW_LABELS: Record<(typeof QUEUE_VIEWS)[number], string> = {
  'a-traiter': 'À traiter',
  'en-attente': 'En attente',
  reportes: 'Reportés',
  traites: 'Traités',
  'a-revoir': 'Signalés au chirurgien',
  archives: 'Archives',
};
const SYNC_WORDS: Record<SyncStatus['state'], string> = {
  connecting: 'connexion…',
  syncing: 'relève',
  connected: 'connecté',
  offline: 'hors ligne',
  'auth-failed': 'mot de passe refusé',
  disabled: 'arrêté',
};

/**
 * Secrétariat › Boîte de réception (issue 11). Keyboard: J/K or ↓/↑ move, 1–8 category,
 * A take it, S snooze until tomorrow 8:00 (woken by a reply), T done, E archive, L link the
 * first candidate, R reply (Ctrl+Entrée sends).
 */
export function InboxPage() {
  const { session } = useSession();
  const now = useNow(30_000);
  const [view, setView] = useState<(typeof QUEUE_VIEWS)[number]>('a-traiter');
  const [category, setCategory] = useState<CategoryCode | undefined>(undefined);
  // « #/secretariat?demande=12 » opens that request (the cahier d'appels, the patient's exchanges).
  const [searchParams] = useSearchParams();
  const [selectedId, setSelectedId] = useState<number | null>(Number(searchParams.get('demande')) || null);
  const [syncs, setSyncs] = useState<Record<number, SyncStatus>>({});
  const [presence, setPresence] = useState<
    Record<number, { userId: number; name: string; activity: 'reading' | 'replying' }[]>
  >({});
  const queue = useApiQuery('inbox.queue', { view, ...(category ? { category } : {}) });
  const accounts = useApiQuery('inbox.accounts', {});
  const items = queue.data?.items ?? [];
  const selected = selectedId ?? items[0]?.id ?? null;
  const message = useApiQuery('inbox.open', { id: selected ?? 0 }, { enabled: selected !== null });
  const invalidates = [inboxKeys.message(), inboxKeys.queue()];
  const setMessageCategory = useApiMutation('inbox.setCategory', invalidates);
  const setState = useApiMutation('inbox.setState', invalidates);
  const assign = useApiMutation('inbox.assign', invalidates);
  const snooze = useApiMutation('inbox.snooze', invalidates);
  const archive = useApiMutation('inbox.archive', invalidates);
  const link = useCheckedLink();
  // Lowering an emergency is never one key (issue 22): it waits here for a reason, inline.
  const [lowering, setLowering] = useState<{ id: number; from: CategoryCode; to: CategoryCode } | null>(null);
  const chooseCategory = (id: number, to: CategoryCode) => {
    const from = message.data?.id === id ? message.data.category : undefined;
    if (from && lowersEmergency(from, to)) {
      setLowering({ id, from, to });
      return;
    }
    setLowering(null);
    setMessageCategory.mutate({ id, category: to });
  };
  // L links the first candidate; a disagreement (first name, birth date) waits for a second look.
  const linkBar = link.barFor(selected);
  const loweringBar = lowering && lowering.id === selected && (
    <LoweringBar
      key={`${lowering.id}-${lowering.to}`}
      lowering={lowering}
      error={setMessageCategory.error}
      onLower={(reason) =>
        setMessageCategory.mutate(
          { id: lowering.id, category: lowering.to, reason },
          { onSuccess: () => setLowering(null) },
        )
      }
      onKeep={() => setLowering(null)}
    />
  );

  // The queue and the message are read again on `inbox.changed` (api/event-keys.ts); the mailboxes'
  // state and who reads what are shown as they come.
  useServerEvent('inbox.sync', (status) => {
    setSyncs((current) => ({ ...current, [status.accountId]: status }));
  });
  useServerEvent('inbox.presence', (payload) => {
    setPresence((current) => ({ ...current, [payload.messageId]: payload.people }));
  });

  // Say where this person is, every 20 s while the message stays open; leaving says so.
  const [replying, setReplying] = useState(false);
  useEffect(() => {
    if (selected === null) return;
    // Presence is said, not read: nothing to cache, and an unanswered heartbeat is no error to show.
    const announce = (activity: 'reading' | 'replying' | 'left') =>
      call('inbox.presence', { id: selected, activity }).catch(() => undefined);
    void announce(replying ? 'replying' : 'reading');
    const timer = setInterval(() => void announce(replying ? 'replying' : 'reading'), 20_000);
    return () => {
      clearInterval(timer);
      void announce('left');
    };
  }, [selected, replying]);

  const move = (step: number) => {
    const index = items.findIndex((item) => item.id === selected);
    const next = items[Math.min(items.length - 1, Math.max(0, index + step))];
    if (next) setSelectedId(next.id);
  };
  const act = (work: (id: number) => void) => () => {
    if (selected !== null) work(selected);
  };
  usePhysicalHotkeys([
    ['j', () => move(1)],
    ['ArrowDown', () => move(1)],
    ['k', () => move(-1)],
    ['ArrowUp', () => move(-1)],
    ['a', act((id) => assign.mutate({ id, userId: session.user.id }))],
    ['s', act((id) => snooze.mutate({ id, until: snoozeUntil('demain'), wakeOnReply: true }))],
    ['t', act((id) => setState.mutate({ id, state: 'traite' }))],
    ['e', act((id) => archive.mutate({ id }))],
    ['r', () => document.getElementById('reply-body')?.focus()],
    [
      'l',
      act((id) => {
        const first = message.data?.candidates[0];
        if (!first) return;
        link.ask(id, first.patient.id, first.evidence, `${first.patient.name} (${frDate(first.patient.birthDate)})`);
      }),
    ],
    ...CATEGORY_CODES.map((code, index): [string, () => void] => [
      String(index + 1),
      act((id) => chooseCategory(id, code)),
    ]),
  ]);

  const others = (presence[selected ?? -1] ?? []).filter((person) => person.userId !== session.user.id);
  // One column the height of the window (issue 22 item 16): the shortcuts stay in sight above the
  // lists at 1280×800 whatever the filters' wrapping, and the two lists take what is left.
  return (
    <Stack gap={6} h="calc(100vh - 80px)">
      <Group justify="space-between">
        <Group gap="md" align="baseline">
          <Title order={3}>Boîte de réception</Title>
          <SecretariatLinks current="/secretariat" />
        </Group>
        <Group gap="xs">
          {(accounts.data ?? []).map((account) => {
            const status = syncs[account.id] ?? account.sync;
            const label =
              status.state === 'syncing' && status.total > 0
                ? `relève ${status.done}/${status.total}`
                : SYNC_WORDS[status.state];
            const since = status.state === 'offline' && status.since ? ` depuis ${frTime(status.since)}` : '';
            return (
              <Badge
                key={account.id}
                title={status.message}
                color={status.state === 'connected' ? 'green' : status.state === 'syncing' ? 'blue' : 'red'}
                variant="light"
              >
                {account.label} : {label}
                {since}
              </Badge>
            );
          })}
        </Group>
      </Group>
      <Group gap="xs">
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(value) => setView(value)}
          data={QUEUE_VIEWS.map((value) => ({ value, label: VIEW_LABELS[value] }))}
        />
        <Badge
          variant={category ? 'outline' : 'filled'}
          color="dark"
          style={{ cursor: 'pointer' }}
          onClick={() => setCategory(undefined)}
        >
          Toutes
        </Badge>
        {CATEGORY_CODES.map((code, index) => (
          <Badge
            key={code}
            color={CATEGORY_COLORS[code]}
            variant={category === code ? 'filled' : 'light'}
            style={{ cursor: 'pointer' }}
            onClick={() => setCategory(category === code ? undefined : code)}
            title={`Raccourci pour classer : ${index + 1}`}
          >
            {CATEGORY_LABELS[code]} {queue.data?.counts[code] ?? 0}
          </Badge>
        ))}
      </Group>
      <Text size="xs" c="dimmed" data-testid="inbox-shortcuts">
        <Kbd>J</Kbd>/<Kbd>K</Kbd> message · <Kbd>1</Kbd>–<Kbd>8</Kbd> catégorie · <Kbd>A</Kbd> prendre · <Kbd>S</Kbd>{' '}
        reporter à demain · <Kbd>T</Kbd> traité · <Kbd>E</Kbd> archiver · <Kbd>L</Kbd> lier le patient · <Kbd>R</Kbd>{' '}
        répondre
      </Text>
      <Group align="stretch" gap="sm" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <ScrollArea h="100%" w={380} style={{ flexShrink: 0 }}>
          <QueueList items={items} selectedId={selected} onSelect={setSelectedId} now={now} />
        </ScrollArea>
        <ScrollArea h="100%" style={{ flex: 1 }}>
          {message.data ? (
            <>
              <ErrorAlert
                error={setMessageCategory.error ?? snooze.error ?? setState.error ?? archive.error ?? link.otherError}
              />
              <MessageView
                message={message.data}
                others={others}
                onPresence={setReplying}
                onChooseCategory={(to) => chooseCategory(message.data.id, to)}
                loweringBar={
                  <>
                    {linkBar}
                    {loweringBar}
                  </>
                }
              />
            </>
          ) : (
            <Text c="dimmed">Choisissez un message.</Text>
          )}
        </ScrollArea>
      </Group>
    </Stack>
  );
}
