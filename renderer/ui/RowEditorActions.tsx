import { Button, Group, Table } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { ErrorAlert } from './errors';

/**
 * Save and cancel for a table row being edited inline. Cancelling a changed row asks once more,
 * so a mis-click never throws work away; Entrée saves, Échap cancels.
 */
export function useRowEditor(options: { dirty: boolean; save: () => void; close: () => void }) {
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const discard = () => {
    if (options.dirty && !confirmingDiscard) setConfirmingDiscard(true);
    else options.close();
  };
  const keys: (event: KeyboardEvent<HTMLElement>) => void = getHotkeyHandler([
    ['Enter', options.save],
    ['Escape', discard],
  ]);
  return { confirmingDiscard, discard, keys };
}

export function RowEditorButtons({
  onSave,
  onDiscard,
  confirmingDiscard,
  saving,
}: {
  onSave: () => void;
  onDiscard: () => void;
  confirmingDiscard: boolean;
  saving: boolean;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="compact-xs" onClick={onSave} loading={saving}>
        Enregistrer
      </Button>
      <Button
        size="compact-xs"
        variant={confirmingDiscard ? 'filled' : 'default'}
        color={confirmingDiscard ? 'red' : undefined}
        onClick={onDiscard}
      >
        {confirmingDiscard ? 'Abandonner les modifications ?' : 'Annuler'}
      </Button>
    </Group>
  );
}

/** The refusal of a row's save, shown right under the row. */
/** A refused save under its row: the message, or what the caller shows instead (the two versions of a conflict). */
export function RowError({ error, columns, children }: { error: unknown; columns: number; children?: ReactNode }) {
  if (!error) return null;
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>{children ?? <ErrorAlert error={error} />}</Table.Td>
    </Table.Tr>
  );
}
