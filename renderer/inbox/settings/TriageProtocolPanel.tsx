import { Badge, Box, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  type TriageConcept,
  type TriageProtocol,
  type TriageRule,
} from '../../../electron/api/common/schemas/inbox-protocol';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { inboxKeys } from '../../api/query-keys';
import { ConceptsEditor } from '../protocol/ConceptsEditor';
import { FilterWithHint } from '../protocol/FilterWithHint';
import { ProtocolGuard, useProtocolPreview } from '../protocol/ProtocolGuard';
import { ProtocolTester } from '../protocol/ProtocolTester';
import { RuleCard } from '../protocol/RuleCard';
import { ErrorAlert } from '../../ui/errors';
import { useUnsavedWork } from '../../ui/unsaved-work';

const cleaned = (protocol: TriageProtocol): TriageProtocol => ({
  ...protocol,
  concepts: protocol.concepts.map((concept) => ({
    ...concept,
    terms: concept.terms.map((term) => term.trim()).filter(Boolean),
  })),
  rules: protocol.rules.map((rule) => ({
    ...rule,
    groups: rule.groups.map((group) => group.map((phrase) => phrase.trim()).filter(Boolean)),
    unless: rule.unless.map((phrase) => phrase.trim()).filter(Boolean),
  })),
});

/**
 * Cabinet › Protocole de tri (issues 11 and 23): the rules and concepts the inbox follows, readable
 * and editable, the time to handle each category, the rules secretaries corrected most; beside
 * them, a tester that sorts a message with the protocol as it is being edited, and the guard that
 * shows what a change would move before it is saved.
 */
export function TriageProtocolPanel() {
  const query = useApiQuery('inbox.protocol', {});
  const save = useApiMutation('inbox.saveProtocol', [inboxKeys.protocol()]);
  const reset = useApiMutation('inbox.resetProtocol', [inboxKeys.protocol()]);
  // Putting the practice's protocol back after a reset: its own state, apart from the form's save.
  const restore = useApiMutation('inbox.saveProtocol', [inboxKeys.protocol()]);
  const [draft, setDraft] = useState<TriageProtocol | null>(null);
  const [filter, setFilter] = useState('');
  const [confirmed, setConfirmed] = useState(false);
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
  useUnsavedWork('protocole-de-tri', 'le protocole de tri', dirty, false);
  // One cleaned copy per edit: the tester and the guard wait for the typing to pause on it.
  const cleanedDraft = useMemo(() => (draft ? cleaned(draft) : null), [draft]);
  const preview = useProtocolPreview(cleanedDraft, dirty);
  if (!draft || !query.data) return <ErrorAlert error={query.error} />;
  const saved = query.data.protocol;
  const corrections = new Map(query.data.corrections.map((row) => [row.ruleId, row.count]));
  const edit = (next: TriageProtocol) => {
    setDraft(next);
    setConfirmed(false);
  };
  const setRule = (index: number, change: Partial<TriageRule>) => {
    edit({ ...draft, rules: draft.rules.map((rule, at) => (at === index ? { ...rule, ...change } : rule)) });
  };
  const setConcept = (index: number, change: Partial<TriageConcept>) => {
    edit({
      ...draft,
      concepts: draft.concepts.map((concept, at) => (at === index ? { ...concept, ...change } : concept)),
    });
  };
  const previewFresh = preview.data !== undefined && !preview.isPlaceholderData && !preview.isFetching;
  const needsConfirmation = (preview.data?.confirmations.length ?? 0) > 0;
  const shown = draft.rules
    .map((rule, index) => ({ rule, index }))
    .filter(
      ({ rule }) =>
        !filter ||
        `${rule.id} ${rule.label} ${rule.groups.flat().join(' ')}`.toLowerCase().includes(filter.toLowerCase()),
    )
    .sort((a, b) => (corrections.get(b.rule.id) ?? 0) - (corrections.get(a.rule.id) ?? 0));

  const resetToDefault = () => {
    const previous = saved;
    const wasDefault = query.data.isDefault;
    reset.mutate(
      {},
      {
        onSuccess: () => {
          if (wasDefault) return;
          // Nothing lost on a mis-click: the practice's protocol can be put back for a while.
          const id = notifications.show({
            autoClose: 30_000,
            message: (
              <Group gap="xs">
                <Text size="sm">Protocole par défaut rétabli.</Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => {
                    notifications.hide(id);
                    restore.mutate({ protocol: previous, confirmed: true });
                  }}
                >
                  Remettre le protocole du cabinet
                </Button>
              </Group>
            ),
          });
        },
      },
    );
  };

  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Stack gap="sm" style={{ flex: 1, minWidth: 0 }} maw={1100}>
        <Group gap="xs">
          <Badge variant="light">{query.data.isDefault ? 'protocole par défaut' : 'protocole du cabinet'}</Badge>
          <Button
            size="xs"
            disabled={!dirty || !previewFresh || (needsConfirmation && !confirmed)}
            loading={save.isPending || (dirty && !previewFresh)}
            onClick={() => {
              save.mutate(
                { protocol: cleaned(draft), confirmed },
                {
                  onSuccess: () => {
                    setConfirmed(false);
                    notifications.show({ message: 'Protocole enregistré.', color: 'teal' });
                  },
                },
              );
            }}
          >
            Enregistrer le protocole
          </Button>
          <Button size="xs" variant="subtle" disabled={!dirty} onClick={() => edit(saved)}>
            Annuler les modifications
          </Button>
          <Button size="xs" variant="subtle" color="red" disabled={query.data.isDefault} onClick={resetToDefault}>
            Revenir au protocole par défaut
          </Button>
        </Group>
        <ErrorAlert error={save.error ?? reset.error} />
        <Tabs defaultValue="regles" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="regles">Règles ({draft.rules.length})</Tabs.Tab>
            <Tabs.Tab value="concepts">Concepts ({draft.concepts.length})</Tabs.Tab>
            <Tabs.Tab value="delais">Délais</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="delais" pt="xs">
            <Paper withBorder p="xs">
              <Text size="sm" fw={600} mb={4}>
                Délai de traitement par catégorie (minutes ; vide : aucun, sauf pour les urgences)
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
                      edit({
                        ...draft,
                        deadlines: { ...draft.deadlines, [code]: value === '' ? null : Number(value) },
                      });
                    }}
                  />
                ))}
              </SimpleGrid>
            </Paper>
          </Tabs.Panel>
          <Tabs.Panel value="concepts" pt="xs">
            <ConceptsEditor concepts={draft.concepts} onChange={setConcept} />
          </Tabs.Panel>
          <Tabs.Panel value="regles" pt="xs">
            <Stack gap="sm">
              <FilterWithHint what="règles" value={filter} onChange={setFilter}>
                Une expression par ligne : des concepts (« @doigt @blanc » : proches dans une phrase ; « @a & @b » :
                dans la même phrase) ou des mots (sans accents, « mot* » pour toutes les terminaisons, trois mots au
                plus intercalés). Une règle s’applique quand une expression de chaque bloc est trouvée, présente et non
                niée. Les règles les plus corrigées par le secrétariat sont en tête.
              </FilterWithHint>
              {shown.map(({ rule, index }) => (
                <RuleCard
                  key={rule.id}
                  rule={rule}
                  corrected={corrections.get(rule.id) ?? 0}
                  onChange={(change) => setRule(index, change)}
                />
              ))}
            </Stack>
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <Box w={430} style={{ position: 'sticky', top: 8, flexShrink: 0 }}>
        <Stack gap="sm">
          <ProtocolTester draft={cleanedDraft ?? draft} />
          {dirty && (
            <ProtocolGuard
              preview={preview.data}
              error={preview.error}
              stale={!previewFresh}
              confirmed={confirmed}
              onConfirm={setConfirmed}
            />
          )}
        </Stack>
      </Box>
    </Group>
  );
}
