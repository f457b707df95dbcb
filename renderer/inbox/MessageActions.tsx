import { Button, Checkbox, Group, Select } from '@mantine/core';
import { useState } from 'react';
import type { InboxMessage } from '../../electron/api/common/schemas/inbox';
import { frDateTime } from '../../electron/api/common/french';
import { snoozeUntil } from './snooze-until';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { inboxKeys } from '../api/query-keys';
import { ErrorAlert } from '../ui/errors';

/** « Plus tard » choices, computed when chosen (never while rendering). */
const SNOOZES = [
  { value: '1h', label: 'dans 1 heure' },
  { value: '14h', label: 'cet après-midi (14 h)' },
  { value: 'demain', label: 'demain 8 h' },
  { value: 'lundi', label: 'lundi 8 h' },
] as const;

/** Who handles the message, until when it waits, whether the surgeon must see it, archive. */
export function MessageActions({ message }: { message: InboxMessage }) {
  const invalidates = [inboxKeys.message(), inboxKeys.queue()];
  const people = useApiQuery('inbox.people', {});
  const assign = useApiMutation('inbox.assign', invalidates);
  const snooze = useApiMutation('inbox.snooze', invalidates);
  const review = useApiMutation('inbox.requestReview', invalidates);
  const archive = useApiMutation('inbox.archive', invalidates);
  const [wakeOnReply, setWakeOnReply] = useState(true);
  const emergency = message.category === 'urgence-immediate' || message.category === 'urgence-jour';
  return (
    <>
      <Group gap="xs" align="flex-end">
        <Select
          size="xs"
          label="Attribué à"
          placeholder="personne"
          clearable
          w={190}
          value={message.assignedTo ? String(message.assignedTo.id) : null}
          data={(people.data ?? []).map((person) => ({ value: String(person.id), label: person.name }))}
          onChange={(value) => assign.mutate({ id: message.id, userId: value ? Number(value) : null })}
        />
        <Select
          size="xs"
          label="Reporter"
          placeholder={
            emergency
              ? 'urgence : pas de report'
              : message.snoozedUntil
                ? `jusqu’au ${frDateTime(message.snoozedUntil)}`
                : 'à plus tard…'
          }
          // An emergency is handled now: it is not offered a later time (the server refuses it too).
          disabled={emergency}
          w={200}
          value={null}
          data={SNOOZES.map((choice) => ({ value: choice.value, label: choice.label }))}
          onChange={(value) => {
            if (value) snooze.mutate({ id: message.id, until: snoozeUntil(value), wakeOnReply });
          }}
        />
        <Checkbox
          size="xs"
          label="réveiller s’il répond"
          checked={wakeOnReply}
          onChange={(event) => setWakeOnReply(event.currentTarget.checked)}
        />
        {message.snoozedUntil && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => snooze.mutate({ id: message.id, until: null, wakeOnReply: false })}
          >
            Ne plus reporter
          </Button>
        )}
        <Button
          size="compact-sm"
          variant={message.reviewRequested ? 'filled' : 'default'}
          onClick={() => review.mutate({ id: message.id, on: !message.reviewRequested })}
        >
          {message.reviewRequested ? 'Signalé au chirurgien' : 'Signaler au chirurgien'}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          component="a"
          href={`#/secretariat/rendez-vous?message=${message.id}&urgence=${message.category}${message.patient ? `&patient=${message.patient.id}` : ''}`}
        >
          Prendre rendez-vous
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => archive.mutate({ id: message.id })}
          title="Raccourci : E"
        >
          Archiver (E)
        </Button>
      </Group>
      <ErrorAlert error={assign.error ?? snooze.error ?? review.error ?? archive.error} />
    </>
  );
}
