import { Button, Group, Kbd, Select, TextInput } from '@mantine/core';
import { CALL_OUTCOME_LABELS, CALL_OUTCOMES, type CallOutcome } from '../../electron/api/common/schemas/calls';
import { useApiQuery } from '../api/hooks';
import { fieldError } from '../ui/errors';
import { updateCallDraft, type CallDraft } from './call-draft';

/** The key of each outcome with Alt: the letter it types, as the inbox's keys are (see physical-hotkeys.ts). */
export const OUTCOME_KEYS: Readonly<Record<CallOutcome, string>> = {
  rdv: 'R',
  rappeler: 'A',
  conseil: 'C',
  oriente: 'O',
  chirurgien: 'M',
};

/** How the call ends, one key each (issue 26); « orienté » and « à rappeler » ask what they need inline. */
export function CallOutcomes({
  draft,
  error,
  busy,
  onChoose,
}: {
  draft: CallDraft;
  error: unknown;
  busy: boolean;
  onChoose: (outcome: CallOutcome) => void;
}) {
  const people = useApiQuery('inbox.people', {});
  return (
    <>
      <Group gap={4}>
        {CALL_OUTCOMES.map((outcome) => (
          <Button
            key={outcome}
            size="compact-sm"
            variant={draft.pending === outcome ? 'filled' : 'light'}
            loading={busy && draft.pending === outcome}
            onClick={() => onChoose(outcome)}
            data-testid={`call-outcome-${outcome}`}
            rightSection={<Kbd size="xs">Alt+{OUTCOME_KEYS[outcome]}</Kbd>}
          >
            {CALL_OUTCOME_LABELS[outcome]}
          </Button>
        ))}
      </Group>
      {(draft.pending === 'oriente' || fieldError(error, 'outcomeDetail')) && (
        <TextInput
          size="xs"
          label="Orienté vers (15, médecin traitant, autre centre…) puis Entrée"
          data-testid="call-outcome-detail"
          value={draft.outcomeDetail}
          onChange={(event) => updateCallDraft({ outcomeDetail: event.currentTarget.value })}
          error={fieldError(error, 'outcomeDetail')}
          onKeyDown={(event) => {
            if (event.code === 'Enter' && draft.pending) onChoose(draft.pending);
          }}
        />
      )}
      <Select
        size="xs"
        label="Un rappel est confié à (vide : vous)"
        clearable
        data={(people.data ?? []).map((person) => ({ value: String(person.id), label: person.name }))}
        value={draft.assignedTo === null ? null : String(draft.assignedTo)}
        onChange={(value) => updateCallDraft({ assignedTo: value === null ? null : Number(value) })}
        error={fieldError(error, 'assignedTo')}
      />
    </>
  );
}
