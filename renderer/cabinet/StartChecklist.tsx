import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { apiQuery, useApiQuery } from '../api/hooks';
import { useSession } from '../auth/session-context';
import { startSteps } from './start-checklist';

/**
 * « Mise en route » (issue 22 item 13), at the top of Cabinet for an administrator while the
 * practice still lacks something; the first start lands here. Each step links to its tab.
 */
export function StartChecklist() {
  const { session } = useSession();
  const practitioners = useApiQuery('practice.listPractitioners', {});
  const motifs = useApiQuery('agenda.motifs', {});
  const accounts = useApiQuery('inbox.accounts', {});
  const backups = useApiQuery('backups.settings', {});
  const surgeons = (practitioners.data ?? []).filter((p) => p.active && p.kind === 'surgeon');
  // Side by side, one per surgeon: a practice has a handful.
  const periods = useQueries({ queries: surgeons.map((p) => apiQuery('agenda.periods', { practitionerId: p.id })) });
  const loading = [practitioners, motifs, accounts, backups, ...periods].some((query) => query.isPending);
  if (loading) return null;
  const steps = startSteps({
    practitioners: practitioners.data ?? [],
    periodsOf: new Map(surgeons.map((p, index) => [p.id, periods[index]?.data?.length ?? 0])),
    activeMotifs: (motifs.data ?? []).filter((motif) => motif.active).length,
    mailAccounts: (accounts.data ?? []).length,
    backups: backups.data ?? null,
    me: { surgeon: session.user.roles.includes('surgeon'), practitionerId: session.user.practitionerId },
  });
  const left = steps.filter((step) => !step.done);
  if (left.length === 0) return null;
  return (
    <Paper withBorder p="sm" mb="sm" data-testid="start-checklist" bg="yellow.0">
      <Text fw={600} mb={4}>
        Mise en route du cabinet : {left.length} {left.length > 1 ? 'choses' : 'chose'} à régler
      </Text>
      <Stack gap={2}>
        {steps.map((step) => (
          <Group key={step.key} gap="xs" wrap="nowrap" data-testid={`start-step-${step.key}`}>
            <Text size="sm" c={step.done ? 'teal.8' : 'orange.9'} w={18} ta="center" aria-hidden>
              {step.done ? '✓' : '○'}
            </Text>
            {step.done ? (
              <Text size="sm" c="dimmed">
                {step.label}
              </Text>
            ) : (
              <>
                <Anchor component={Link} to={step.path} size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {step.label}
                </Anchor>
                <Text size="sm">{step.missing}</Text>
              </>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
