import { Badge, Group, Paper, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FilterWithHint } from './FilterWithHint';
import type { TriageConcept } from '../../../electron/api/common/schemas/inbox-protocol';

const KIND_LABELS: Readonly<Record<TriageConcept['kind'], string>> = {
  words: 'mots',
  temperature: 'température lue en chiffres',
  operation: 'temps depuis l’opération',
};

/**
 * The protocol's concepts, editable like its rules (issue 23): one word or expression per line,
 * read by its French stem (« écrasé » finds « écrasement »), without accents, with ordinary typos;
 * « mot* » for any ending, « =mot » for this form only. Rules name them « @identifiant ».
 */
export function ConceptsEditor({
  concepts,
  onChange,
}: {
  concepts: readonly TriageConcept[];
  onChange: (index: number, change: Partial<TriageConcept>) => void;
}) {
  const [filter, setFilter] = useState('');
  const shown = concepts
    .map((concept, index) => ({ concept, index }))
    .filter(
      ({ concept }) =>
        !filter ||
        `${concept.id} ${concept.label} ${concept.terms.join(' ')}`.toLowerCase().includes(filter.toLowerCase()),
    );
  return (
    <Stack>
      <FilterWithHint what="concepts" value={filter} onChange={setFilter}>
        Un mot ou une expression par ligne, sans accents ni majuscules ; « mot* » pour toutes les terminaisons, « =mot »
        pour ce mot seul. Les règles les nomment « @identifiant ».
      </FilterWithHint>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xs">
        {shown.map(({ concept, index }) => (
          <Paper key={concept.id} withBorder p={6} data-concept-id={concept.id}>
            <Group gap="xs" mb={4} wrap="nowrap">
              <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
                @{concept.id}
              </Badge>
              <TextInput
                size="xs"
                aria-label={`Intitulé du concept ${concept.id}`}
                value={concept.label}
                onChange={(event) => onChange(index, { label: event.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <Switch
                size="xs"
                label="signe d’alarme"
                checked={concept.alarm}
                onChange={(event) => onChange(index, { alarm: event.currentTarget.checked })}
              />
            </Group>
            {concept.kind === 'words' ? (
              <Textarea
                size="xs"
                aria-label={`Mots du concept ${concept.id}`}
                autosize
                minRows={2}
                maxRows={6}
                value={concept.terms.join('\n')}
                onChange={(event) => onChange(index, { terms: event.currentTarget.value.split('\n') })}
              />
            ) : (
              <Text size="xs" c="dimmed">
                {KIND_LABELS[concept.kind]}
                {concept.min !== undefined && ` : à partir de ${String(concept.min).replace('.', ',')} °C`}
                {concept.withinDays !== undefined && ` : moins de ${concept.withinDays} jours`}
              </Text>
            )}
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
