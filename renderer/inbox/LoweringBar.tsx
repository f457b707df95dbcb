import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CategoryCode } from '../../electron/api/common/schemas/inbox-protocol';
import { fieldError } from '../ui/errors';
import { CATEGORY_LABELS } from './categories';

/**
 * Lowering an emergency is never one key (issue 22 item 5): the new category waits here, inline,
 * for a reason (traced); Échap or « Garder l’urgence » keeps it.
 */
export function LoweringBar({
  lowering,
  error,
  onLower,
  onKeep,
}: {
  lowering: { from: CategoryCode; to: CategoryCode };
  error: unknown;
  onLower: (reason: string) => void;
  onKeep: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Alert color="orange" py={6} data-testid="lowering-emergency">
      <Group gap={6} align="flex-end">
        <TextInput
          size="xs"
          w={480}
          autoFocus
          label={`Baisser « ${CATEGORY_LABELS[lowering.from]} » en « ${CATEGORY_LABELS[lowering.to]} » : pourquoi ?`}
          placeholder="motif (tracé)"
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onKeep();
          }}
          error={fieldError(error, 'reason')}
        />
        <Button size="xs" color="orange" disabled={reason.trim().length < 3} onClick={() => onLower(reason.trim())}>
          Baisser la catégorie
        </Button>
        <Button size="xs" variant="default" onClick={onKeep}>
          Garder l’urgence
        </Button>
      </Group>
    </Alert>
  );
}
