import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { theatreKeys } from '../api/query-keys';
import { frDate } from '../../electron/api/common/french';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useStoredDraft } from '../ui/use-stored-draft';

/** Opens a session for the day shown (room and team). */
export function NewSessionForm({ date }: { date: string }) {
  const create = useApiMutation('theatre.createSession', [theatreKeys.day()]);
  const practitioners = useApiQuery('practice.listPractitioners', {});
  const { draft, set, clear } = useStoredDraft<{
    room: string;
    surgeonId: number | null;
    anaesthetist: string;
    scrubNurse: string;
    circulatingNurse: string;
  }>(
    `vacation:${date}`,
    { room: '', surgeonId: null, anaesthetist: '', scrubNurse: '', circulatingNurse: '' },
    'une vacation de bloc',
  );
  return (
    <Paper withBorder p="xs">
      <Group gap="xs" align="flex-end">
        <Select
          size="xs"
          w={200}
          label="Chirurgien"
          clearable
          data={(practitioners.data ?? [])
            .filter((practitioner) => practitioner.kind === 'surgeon' && practitioner.active)
            .map((practitioner) => ({
              value: String(practitioner.id),
              label: `${practitioner.title} ${practitioner.firstName} ${practitioner.lastName}`,
            }))}
          value={draft.surgeonId === null ? null : String(draft.surgeonId)}
          onChange={(value) => set('surgeonId', value ? Number(value) : null)}
          error={fieldError(create.error, 'surgeonId')}
        />
        <TextInput
          size="xs"
          w={90}
          label="Salle"
          value={draft.room}
          onChange={(e) => set('room', e.currentTarget.value)}
          error={fieldError(create.error, 'room')}
        />
        <TextInput
          size="xs"
          label="Anesthésiste"
          value={draft.anaesthetist}
          onChange={(e) => set('anaesthetist', e.currentTarget.value)}
        />
        <TextInput
          size="xs"
          label="IBODE instrumentiste"
          value={draft.scrubNurse}
          onChange={(e) => set('scrubNurse', e.currentTarget.value)}
        />
        <TextInput
          size="xs"
          label="Circulant(e)"
          value={draft.circulatingNurse}
          onChange={(e) => set('circulatingNurse', e.currentTarget.value)}
        />
        <Button size="xs" onClick={() => create.mutate({ date, ...draft }, { onSuccess: () => clear() })}>
          Ouvrir la vacation du {frDate(date)}
        </Button>
      </Group>
      <ErrorAlert error={create.error} />
    </Paper>
  );
}
