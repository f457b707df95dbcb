import { Alert, Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

/**
 * The move waiting for confirmation in the calendar: dropped there by the mouse, or chosen by a
 * click; the day and hour can still be corrected, and the reason is asked before anything moves.
 */
export function MoveConfirmation({
  title,
  initial,
  onConfirm,
  onCancel,
}: {
  title: string;
  initial: { date: string; time: string };
  onConfirm: (target: { date: string; time: string }, reason: string) => void;
  onCancel: () => void;
}) {
  const [target, setTarget] = useState(initial);
  const [reason, setReason] = useState('');
  return (
    <Alert color="yellow" data-testid="move-confirmation">
      <Group gap="xs">
        <Text size="sm">Déplacer « {title} » au</Text>
        <TextInput
          size="xs"
          w={110}
          aria-label="Jour du déplacement"
          value={target.date}
          onChange={(event) => setTarget({ ...target, date: event.currentTarget.value })}
        />
        <Text size="sm">à</Text>
        <TextInput
          size="xs"
          w={70}
          aria-label="Heure du déplacement"
          value={target.time}
          onChange={(event) => setTarget({ ...target, time: event.currentTarget.value })}
        />
        <TextInput
          size="xs"
          aria-label="Raison du déplacement"
          placeholder="raison du déplacement"
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onConfirm(target, reason);
          }}
        />
        <Button size="compact-sm" onClick={() => onConfirm(target, reason)}>
          Confirmer
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={onCancel}>
          Annuler
        </Button>
      </Group>
    </Alert>
  );
}
