import { Alert, Badge, Group, Text } from '@mantine/core';
import { DAY_BEFORE_STATE_LABELS, type DayBeforeEntry } from '../../electron/api/common/schemas/day-before-calls';
import { ANAESTHESIA_LABELS } from '../../electron/api/common/schemas/theatre';
import { frDateTime } from '../../electron/api/common/french';

const STATE_COLOURS = { 'a-appeler': 'gray', 'a-rappeler': 'yellow', joint: 'teal', 'non-joint': 'red' } as const;

/**
 * What the J-1 call (issue 26 item 2) left for the Bloc: reached or not, and an anaesthesia the
 * patient changed on the phone, for the anaesthetist to see before the patient comes in.
 */
export function DayBeforeFlag({ entry }: { entry: DayBeforeEntry | undefined }) {
  if (!entry) return null;
  const tries = entry.attempts.length;
  return (
    <Group gap="xs" data-testid="day-before-flag">
      <Badge color={STATE_COLOURS[entry.state]} variant={entry.state === 'non-joint' ? 'filled' : 'light'} size="sm">
        Veille : {DAY_BEFORE_STATE_LABELS[entry.state]}
        {tries > 0 && entry.state !== 'joint' ? ` (${tries} essai${tries > 1 ? 's' : ''})` : ''}
      </Badge>
      {entry.anaesthesiaChange && (
        <Alert color="orange" py={4} px="xs" data-testid="day-before-anaesthesia-change">
          <Text size="sm">
            Anesthésie changée à la veille : <b>{ANAESTHESIA_LABELS[entry.anaesthesiaChange.from]}</b> →{' '}
            <b>{ANAESTHESIA_LABELS[entry.anaesthesiaChange.to]}</b> (par {entry.anaesthesiaChange.by},{' '}
            {frDateTime(entry.anaesthesiaChange.at)}). À voir avec l’anesthésiste.
          </Text>
        </Alert>
      )}
    </Group>
  );
}
