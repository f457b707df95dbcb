import { Alert, Button, Group, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Checklist } from '../../electron/api/common/schemas/theatre';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { theatreKeys } from '../api/query-keys';
import { frDateTime } from '../../electron/api/common/french';
import { ErrorAlert } from '../ui/errors';

type Item = Checklist['moments'][number]['items'][number];
const ANSWERS = { yes: 'Oui', no: 'Non', na: 'N/A' } as const;

function ItemRow({ caseId, item, open }: { caseId: number; item: Item; open: boolean }) {
  const answer = useApiMutation('theatre.answerChecklist', [theatreKeys.checklists(), theatreKeys.day()]);
  // « Non » on an item that needs the team: Go or No-Go, why, and what a No-Go does, inline.
  const [deciding, setDeciding] = useState(false);
  // Nothing preselected after a « non »: the team says Go or No-Go itself (issue 22).
  const [decision, setDecision] = useState<'go' | 'nogo' | null>(null);
  const [outcome, setOutcome] = useState<'postponed' | 'cancelled' | null>(null);
  const [reason, setReason] = useState('');
  const send = (value: 'yes' | 'no' | 'na') => {
    if (value === 'no' && item.teamDecisionIfNo && !deciding) {
      setDeciding(true);
      return;
    }
    answer.mutate({
      caseId,
      itemId: item.id,
      answer: value,
      decision: value === 'no' && item.teamDecisionIfNo ? decision : null,
      nogoOutcome: value === 'no' && decision === 'nogo' ? outcome : null,
      reason,
    });
  };
  return (
    <Stack gap={2} data-testid={`checklist-${item.id}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" style={{ flex: 1 }}>
          {item.text}
        </Text>
        {item.answer ? (
          <Text
            size="xs"
            fw={600}
            c={item.answer.decision === 'nogo' ? 'red' : item.answer.answer === 'no' ? 'orange' : 'teal'}
            ta="right"
            w={220}
          >
            {ANSWERS[item.answer.answer]}
            {item.answer.decision ? ` — ${item.answer.decision === 'go' ? 'Go' : 'No-Go'} : ${item.answer.reason}` : ''}
            <br />
            {item.answer.by}, {frDateTime(item.answer.at)}
          </Text>
        ) : (
          <Group gap={4} wrap="nowrap" style={open ? undefined : { display: 'none' }}>
            <Button size="compact-xs" color="teal" onClick={() => send('yes')}>
              Oui
            </Button>
            <Button size="compact-xs" color="orange" variant="light" onClick={() => send('no')}>
              Non
            </Button>
            {item.naAllowed && (
              <Button size="compact-xs" variant="default" onClick={() => send('na')}>
                N/A
              </Button>
            )}
          </Group>
        )}
      </Group>
      {deciding && !item.answer && (
        <Group gap={6} align="flex-end">
          <Radio.Group
            value={decision}
            onChange={(value) => setDecision(value === 'nogo' ? 'nogo' : 'go')}
            required
            label="Décision de l’équipe"
          >
            <Group gap={6}>
              <Radio value="go" label="Go" />
              <Radio value="nogo" label="No-Go" />
            </Group>
          </Radio.Group>
          {decision === 'nogo' && (
            <Radio.Group
              value={outcome}
              onChange={(value) => setOutcome(value === 'cancelled' ? 'cancelled' : 'postponed')}
              required
              label="L’intervention est"
            >
              <Group gap={6}>
                <Radio value="postponed" label="reportée" />
                <Radio value="cancelled" label="annulée" />
              </Group>
            </Radio.Group>
          )}
          <TextInput
            size="xs"
            w={280}
            label="Pourquoi"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button
            size="xs"
            color={decision === 'nogo' ? 'red' : 'orange'}
            disabled={decision === null || (decision === 'nogo' && outcome === null) || reason.trim().length < 3}
            onClick={() => send('no')}
          >
            {decision === null
              ? 'Enregistrer « non » (choisir Go ou No-Go)'
              : `Enregistrer « non » — ${decision === 'go' ? 'Go' : 'No-Go'}`}
          </Button>
        </Group>
      )}
      <ErrorAlert error={answer.error} />
    </Stack>
  );
}

/** The HAS checklist of one case, in its three moments; locked once every item is answered. */
export function ChecklistPanel({ caseId }: { caseId: number }) {
  const checklist = useApiQuery('theatre.checklist', { caseId });
  if (!checklist.data) return <ErrorAlert error={checklist.error} />;
  const data = checklist.data;
  return (
    <Paper withBorder p="sm" data-testid="checklist" className="paume-print-area">
      <Group justify="space-between">
        <Title order={5}>{data.title}</Title>
        <Button size="compact-xs" variant="default" onClick={() => window.print()} disabled={!data.complete}>
          Imprimer
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {data.version}
      </Text>
      {data.complete && (
        <Alert color="teal" py={4} mb="xs">
          Check-list complète : verrouillée (chaque réponse garde son auteur et son heure).
        </Alert>
      )}
      <Stack gap="sm">
        {data.moments.map((moment) => (
          <Stack key={moment.id} gap={6}>
            <Text fw={700} size="sm" c={moment.open ? undefined : 'dimmed'}>
              {moment.label}
            </Text>
            {!moment.open && (
              <Text size="xs" c="dimmed" data-testid={`moment-closed-${moment.id}`}>
                S’ouvre quand le patient est « {moment.opensAt} ».
              </Text>
            )}
            {moment.items.map((item) => (
              <ItemRow key={item.id} caseId={caseId} item={item} open={moment.open} />
            ))}
          </Stack>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="xs">
        Source : {data.source}
      </Text>
    </Paper>
  );
}
