import { Alert, Button, Group, Text } from '@mantine/core';
import { actionLabel } from '../../electron/api/common/readable-log';
import { frDateTime } from '../../electron/api/common/french';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../ui/errors';

/**
 * « Vérifier la chaîne » (issue 14): every entry of the log is sealed by the one before it; the
 * check walks the whole chain and names the first entry that was changed, removed or cut off.
 */
export function ChainCheck() {
  // A read, run on demand (a million entries take a second or two): a mutation, not a query.
  const verify = useApiMutation('audit.verify');
  const report = verify.data;
  return (
    <Group gap="xs" mb="xs" align="flex-start">
      <Button size="xs" variant="default" loading={verify.isPending} onClick={() => verify.mutate({})}>
        Vérifier la chaîne du journal
      </Button>
      {report && !report.firstBroken && (
        <Text size="sm" c="teal" data-testid="chain-report">
          Chaîne intacte : {report.entries.toLocaleString('fr-FR')} entrées vérifiées en{' '}
          {report.milliseconds.toLocaleString('fr-FR')} ms
          {report.head ? ` (tête : entrée n° ${report.head.entryId}, ${report.head.hash.slice(0, 16)}…)` : ''}.
        </Text>
      )}
      {report?.firstBroken && (
        <Alert color="red" p="xs" data-testid="chain-report">
          Chaîne rompue à l’entrée n° {report.firstBroken.entryId}
          {report.firstBroken.action
            ? ` (${frDateTime(report.firstBroken.at)}, ${actionLabel(report.firstBroken.action)})`
            : ''}{' '}
          : {report.firstBroken.reason}. Les entrées avant elle sont intactes.
        </Alert>
      )}
      <ErrorAlert error={verify.error} />
    </Group>
  );
}
