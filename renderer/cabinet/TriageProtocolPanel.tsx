import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  type TriageProtocol,
  type TriageRule,
} from '../../electron/api/schemas/inbox-protocol';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../ui/errors';
import { useUnsavedWork } from '../ui/unsaved-work';

// Lines are kept as typed (an empty line is where the next phrase goes); cleaned when saving.
const lines = (text: string) => text.split('\n');
const cleaned = (protocol: TriageProtocol): TriageProtocol => ({
  ...protocol,
  rules: protocol.rules.map((rule) => ({
    ...rule,
    groups: rule.groups.map((group) => group.map((phrase) => phrase.trim()).filter(Boolean)),
    unless: rule.unless.map((phrase) => phrase.trim()).filter(Boolean),
  })),
});

/** What a rule looks at besides words, in a few French words. */
function conditions(rule: TriageRule): string {
  const parts: string[] = [];
  if (rule.photo !== undefined) parts.push(rule.photo ? 'photo jointe' : 'sans photo');
  if (rule.maxWords !== undefined) parts.push(`${rule.maxWords} mots au plus`);
  if (rule.sender !== undefined) parts.push(`expéditeur : ${rule.sender}`);
  if (rule.operatedWithinDays !== undefined) parts.push(`opéré depuis ${rule.operatedWithinDays} j au plus`);
  if (rule.openWorkAccident) parts.push('accident du travail en cours');
  if (!rule.negatable) parts.push('les négations ne l’annulent pas');
  return parts.join(' · ');
}

/**
 * Cabinet › Protocole de tri (issue 11): the rules the inbox follows, readable and editable, the
 * time to handle each category, and the rules secretaries corrected most.
 */
export function TriageProtocolPanel() {
  const query = useApiQuery('inbox.protocol', {});
  const save = useApiMutation('inbox.saveProtocol', ['inbox.protocol']);
  const reset = useApiMutation('inbox.resetProtocol', ['inbox.protocol']);
  const [draft, setDraft] = useState<TriageProtocol | null>(null);
  const [filter, setFilter] = useState('');
  // When the saved protocol changes (saved here or on another seat) and nothing was typed over
  // it, the page follows it; typed work is never overwritten.
  const loaded = query.data?.protocol ?? null;
  const [seen, setSeen] = useState<TriageProtocol | null>(null);
  if (loaded !== seen) {
    setSeen(loaded);
    if (draft === null || JSON.stringify(draft) === JSON.stringify(seen)) setDraft(loaded);
  }
  const dirty =
    draft !== null && query.data !== undefined && JSON.stringify(draft) !== JSON.stringify(query.data.protocol);
  useUnsavedWork('protocole-de-tri', 'le protocole de tri', dirty);
  if (!draft || !query.data) return <ErrorAlert error={query.error} />;
  const corrections = new Map(query.data.corrections.map((row) => [row.ruleId, row.count]));
  const setRule = (index: number, change: Partial<TriageRule>) => {
    setDraft({ ...draft, rules: draft.rules.map((rule, at) => (at === index ? { ...rule, ...change } : rule)) });
  };
  const shown = draft.rules
    .map((rule, index) => ({ rule, index }))
    .filter(
      ({ rule }) =>
        !filter ||
        `${rule.id} ${rule.label} ${rule.groups.flat().join(' ')}`.toLowerCase().includes(filter.toLowerCase()),
    )
    .sort((a, b) => (corrections.get(b.rule.id) ?? 0) - (corrections.get(a.rule.id) ?? 0));

  return (
    <Stack gap="sm" maw={1100}>
      <Group gap="xs">
        <Badge variant="light">{query.data.isDefault ? 'protocole par défaut' : 'protocole du cabinet'}</Badge>
        <Button
          size="xs"
          disabled={!dirty}
          loading={save.isPending}
          onClick={() => {
            save.mutate(
              { protocol: cleaned(draft) },
              { onSuccess: () => notifications.show({ message: 'Protocole enregistré.', color: 'teal' }) },
            );
          }}
        >
          Enregistrer le protocole
        </Button>
        <Button size="xs" variant="subtle" disabled={!dirty} onClick={() => setDraft(query.data.protocol)}>
          Annuler les modifications
        </Button>
        <Button size="xs" variant="subtle" color="red" disabled={query.data.isDefault} onClick={() => reset.mutate({})}>
          Revenir au protocole par défaut
        </Button>
      </Group>
      <ErrorAlert error={save.error ?? reset.error} />
      <Paper withBorder p="xs">
        <Text size="sm" fw={600} mb={4}>
          Délai de traitement par catégorie (minutes ; vide : aucun)
        </Text>
        <SimpleGrid cols={4} spacing="xs">
          {CATEGORY_CODES.map((code) => (
            <NumberInput
              key={code}
              size="xs"
              label={CATEGORY_LABELS[code]}
              min={1}
              value={draft.deadlines[code] ?? ''}
              onChange={(value) => {
                setDraft({ ...draft, deadlines: { ...draft.deadlines, [code]: value === '' ? null : Number(value) } });
              }}
            />
          ))}
        </SimpleGrid>
      </Paper>
      <TextInput
        size="xs"
        placeholder="Filtrer les règles (mot, identifiant)"
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        w={320}
      />
      <Text size="xs" c="dimmed">
        Une expression par ligne ; sans accents ni majuscules ; une étoile finale pour toutes les terminaisons (amput*)
        ; trois mots au plus peuvent s’intercaler. Une règle s’applique quand une expression de chaque bloc est trouvée.
        Les règles les plus corrigées par le secrétariat sont en tête.
      </Text>
      {shown.map(({ rule, index }) => (
        <Paper key={rule.id} withBorder p="xs" data-rule-id={rule.id}>
          <Group gap="xs" mb={4}>
            <Switch
              size="xs"
              checked={rule.enabled}
              onChange={(event) => setRule(index, { enabled: event.currentTarget.checked })}
              aria-label={`Règle ${rule.label} active`}
            />
            <TextInput
              size="xs"
              value={rule.label}
              onChange={(event) => setRule(index, { label: event.currentTarget.value })}
              w={420}
              aria-label="Intitulé"
            />
            <Select
              size="xs"
              w={220}
              aria-label="Catégorie"
              value={rule.category}
              data={CATEGORY_CODES.map((code) => ({ value: code, label: CATEGORY_LABELS[code] }))}
              onChange={(value) => {
                if (value) setRule(index, { category: value });
              }}
            />
            {(corrections.get(rule.id) ?? 0) > 0 && (
              <Badge color="orange" variant="light">
                corrigée {corrections.get(rule.id)} fois
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {conditions(rule)}
            </Text>
          </Group>
          <SimpleGrid cols={Math.max(1, rule.groups.length + 1)} spacing="xs">
            {rule.groups.map((group, groupIndex) => (
              <Textarea
                key={groupIndex}
                size="xs"
                label={rule.groups.length > 1 ? `Bloc ${groupIndex + 1}` : 'Expressions'}
                autosize
                minRows={2}
                maxRows={8}
                value={group.join('\n')}
                onChange={(event) => {
                  const groups = rule.groups.map((current, at) =>
                    at === groupIndex ? lines(event.currentTarget.value) : current,
                  );
                  setRule(index, { groups });
                }}
              />
            ))}
            <Textarea
              size="xs"
              label="Sauf si"
              autosize
              minRows={2}
              maxRows={8}
              value={rule.unless.join('\n')}
              onChange={(event) => setRule(index, { unless: lines(event.currentTarget.value) })}
            />
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
