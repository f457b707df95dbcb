import { Alert, Button, Group, Text } from '@mantine/core';
import { fieldError } from '../ui/errors';

/**
 * The second look before a message goes into a file whose first name or birth date disagrees
 * with it (issue 22 item 7): what disagrees, the file's evidence, then « Lier quand même » or not.
 * Shown where the link was asked (the L key or a « Lier » button); Échap or « Ne pas lier » gives up.
 */
export function LinkMismatchBar({
  error,
  patientLabel,
  onConfirm,
  onCancel,
}: {
  error: unknown;
  patientLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const disagreement = fieldError(error, 'confirmMismatch');
  if (!disagreement) return null;
  return (
    <Alert color="orange" py={6} data-testid="link-mismatch" title={`Lier à ${patientLabel} ?`}>
      <Text size="sm">À vérifier : {disagreement}.</Text>
      <Group gap={6} mt={6}>
        <Button
          size="compact-sm"
          color="orange"
          onClick={onConfirm}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancel();
          }}
          autoFocus
        >
          Lier quand même
        </Button>
        <Button size="compact-sm" variant="default" onClick={onCancel}>
          Ne pas lier
        </Button>
      </Group>
    </Alert>
  );
}
