import { Button, Group, Text } from '@mantine/core';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../ui/errors';

/**
 * Reminders leave by themselves every hour; this sends the ones of the day after tomorrow now
 * (after a late booking, or to check the mailbox works) and says what was not sent and why.
 */
export function RemindersButton() {
  const send = useApiMutation('agenda.sendReminders');
  const result = send.data;
  return (
    <Group gap="xs">
      <Button size="compact-xs" variant="default" loading={send.isPending} onClick={() => send.mutate({})}>
        Envoyer les rappels d’après-demain
      </Button>
      {result && (
        <Text size="xs" data-testid="reminders-result">
          {result.sent} rappel{result.sent > 1 ? 's' : ''} envoyé{result.sent > 1 ? 's' : ''}
          {result.skipped.length > 0 &&
            ` ; non envoyés : ${result.skipped.map((skip) => `${skip.patientName} (${skip.reason})`).join(', ')}`}
        </Text>
      )}
      <ErrorAlert error={send.error} />
    </Group>
  );
}
