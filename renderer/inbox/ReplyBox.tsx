import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useRef } from 'react';
import type { InboxMessage } from '../../electron/api/common/schemas/inbox';
import { call } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { inboxKeys } from '../api/query-keys';
import { useSession } from '../auth/session-context';
import { useDictation } from '../letters/use-dictation';
import { ErrorAlert } from '../ui/errors';
import { useStoredDraft } from '../ui/use-stored-draft';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';

/**
 * The reply: a canned reply filled from the file, edited, sent with Ctrl+Entrée. The text is a
 * draft kept in the page's storage until it is sent: a mis-click or a reload loses nothing.
 */
export function ReplyBox({ message, onPresence }: { message: InboxMessage; onPresence: (replying: boolean) => void }) {
  const { draft, set, setDraft, clear } = useStoredDraft(
    `reponse-${message.id}`,
    { body: '' },
    `la réponse à « ${message.subject} »`,
  );
  const canned = useApiQuery('inbox.cannedReplies', {});
  const send = useApiMutation('inbox.reply', [inboxKeys.message(), inboxKeys.queue()]);
  const area = useRef<HTMLTextAreaElement>(null);
  // Surgeons may dictate the reply (F2), with the letters' dictation: the text is added at the end.
  const { session } = useSession();
  const canDictate = session.user.roles.includes('surgeon');
  const dictation = useDictation(
    (text) => {
      setDraft((current) => ({
        body: `${current.body}${current.body && !current.body.endsWith('\n') ? ' ' : ''}${text}`,
      }));
    },
    { keepRecording: false },
  );
  const recording = dictation.view.state !== 'idle';
  usePhysicalHotkeys(canDictate ? [['F2', dictation.toggle]] : [], [], true);
  const submit = () => {
    if (!draft.body.trim()) return;
    send.mutate(
      { id: message.id, body: draft.body },
      {
        onSuccess: () => {
          clear();
          onPresence(false);
        },
      },
    );
  };
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end">
        <Select
          size="xs"
          label="Réponse type"
          placeholder="Choisir…"
          data={(canned.data ?? []).map((reply) => ({ value: String(reply.id), label: reply.title }))}
          onChange={(value) => {
            if (!value) return;
            // Fills the text being typed, once, when chosen: an action, not a read to keep.
            void call('inbox.fillCanned', { id: message.id, cannedId: Number(value) }).then((filled) => {
              set('body', filled.body);
              area.current?.focus();
            });
          }}
          w={260}
        />
      </Group>
      <Textarea
        ref={area}
        id="reply-body"
        label={`Réponse à ${message.fromAddress}`}
        autosize
        minRows={4}
        maxRows={14}
        value={draft.body}
        onFocus={() => {
          onPresence(true);
        }}
        onChange={(event) => {
          set('body', event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <ErrorAlert error={send.error} />
      <Group gap="xs">
        <Button size="xs" onClick={submit} loading={send.isPending} disabled={!draft.body.trim()}>
          Envoyer (Ctrl+Entrée)
        </Button>
        {canDictate && (
          <Button
            size="xs"
            variant={recording ? 'filled' : 'default'}
            color={recording ? 'red' : undefined}
            onClick={dictation.toggle}
            title="F2"
          >
            {recording ? '■ Arrêter la dictée (F2)' : '● Dicter (F2)'}
          </Button>
        )}
        {recording && dictation.view.partial && <span>{dictation.view.partial}</span>}
        {dictation.view.error && <span>{dictation.view.error}</span>}
        {send.data?.sentCopy && <span>{send.data.sentCopy}</span>}
      </Group>
    </Stack>
  );
}
