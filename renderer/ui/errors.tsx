import { Alert } from '@mantine/core';
import type { EditConflict } from '../../electron/api/common/result';
import { ApiCallError } from '../api/client';

/** The per-field French message from a refused call, for a Mantine input's `error` prop. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiCallError ? error.fields[field] : undefined;
}

/** The two versions of a save refused because someone saved first (issue 14), or null. */
export function conflictOf(error: unknown): EditConflict | null {
  return error instanceof ApiCallError ? error.conflict : null;
}

/** The overall message of a failed call, shown above the form it belongs to. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : 'Erreur inattendue.';
  return (
    <Alert color="red" variant="light" role="alert" py="xs">
      {message}
    </Alert>
  );
}
