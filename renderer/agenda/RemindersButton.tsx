import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import { agree, countOf, frDate } from '../../electron/api/common/french';
import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert, fieldError } from '../ui/errors';

/**
 * Reminders leave by themselves every hour for the day after tomorrow; this sends a day's now
 * (after a late booking, or to check the mailbox works) and says what was not sent and why.
 * Each appointment is reminded once, however often this is pressed.
 */
export function RemindersButton() {
  const send = useApiMutation('agenda.sendReminders');
  const [day, setDay] = useState(() => frDate(shiftDay(parisToday(), 2)));
  const result = send.data;
  return (
    <Group gap={6} align="center">
      <Text size="xs">Rappels du</Text>
      <TextInput
        size="xs"
        w={105}
        aria-label="Jour des rappels"
        value={day}
        onChange={(event) => setDay(event.currentTarget.value)}
        error={fieldError(send.error, 'date')}
      />
      <Button
        size="compact-xs"
        variant="default"
        loading={send.isPending}
        onClick={() => send.mutate({ date: parseFrenchDate(day) ?? day })}
      >
        Envoyer les rappels
      </Button>
      {result && (
        <Text size="xs" data-testid="reminders-result">
          {countOf(result.sent, 'rappel')} {agree(result.sent, 'envoyé')}
          {result.skipped.length > 0 &&
            ` ; non envoyés : ${result.skipped.map((skip) => `${skip.patientName} (${skip.reason})`).join(', ')}`}
        </Text>
      )}
      <ErrorAlert error={send.error} />
    </Group>
  );
}
