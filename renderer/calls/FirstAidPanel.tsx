import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { CATEGORY_LABELS, type CategoryCode } from '../../electron/api/common/schemas/inbox-protocol';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { inboxKeys } from '../api/query-keys';
import { ErrorAlert, fieldError } from '../ui/errors';

/**
 * Cabinet › Protocole de tri › Consignes au téléphone (issue 26): the practice's own words, per
 * category, shown in « Nouvel appel » as soon as the notes are sorted. Edited inline, one line a
 * consigne; a category left as Paume wrote it says so.
 */
export function FirstAidPanel() {
  const list = useApiQuery('calls.firstAid', {});
  return (
    <Stack gap="xs" mt="lg" data-testid="first-aid-panel">
      <Title order={4}>Consignes à donner au téléphone</Title>
      <Text size="sm" c="dimmed">
        Montrées dans « Nouvel appel » dès que le motif est trié : une consigne par ligne.
      </Text>
      {(list.data ?? []).map((entry) => (
        <FirstAidEditor key={`${entry.category}:${entry.instructions}`} {...entry} />
      ))}
    </Stack>
  );
}

function FirstAidEditor({
  category,
  instructions,
  isDefault,
}: {
  category: CategoryCode;
  instructions: string;
  isDefault: boolean;
}) {
  const [text, setText] = useState(instructions);
  const save = useApiMutation('calls.setFirstAid', [inboxKeys.firstAid(), ['inbox', 'calls.read']]);
  const dirty = text !== instructions;
  return (
    <Paper withBorder p="xs">
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {CATEGORY_LABELS[category]}
          {isDefault && (
            <Text span size="xs" c="dimmed">
              {' '}
              · consignes de Paume par défaut
            </Text>
          )}
        </Text>
        {dirty && (
          <Group gap={4}>
            <Button size="compact-xs" variant="default" onClick={() => setText(instructions)}>
              Annuler
            </Button>
            <Button
              size="compact-xs"
              loading={save.isPending}
              onClick={() => save.mutate({ category, instructions: text })}
            >
              Enregistrer
            </Button>
          </Group>
        )}
      </Group>
      <Textarea
        aria-label={`Consignes : ${CATEGORY_LABELS[category]}`}
        autosize
        minRows={2}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={fieldError(save.error, 'instructions')}
      />
      <ErrorAlert error={save.error} />
    </Paper>
  );
}
