import { Badge, Group, Paper, Select, SimpleGrid, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { CATEGORY_CODES, CATEGORY_LABELS, type TriageRule } from '../../../electron/api/common/schemas/inbox-protocol';

// Lines are kept as typed (an empty line is where the next phrase goes); cleaned when saving.
const lines = (text: string) => text.split('\n');

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

/** One rule of the protocol, edited in place: its switch, label, category, phrases and exceptions. */
export function RuleCard({
  rule,
  corrected,
  onChange,
}: {
  rule: TriageRule;
  corrected: number;
  onChange: (change: Partial<TriageRule>) => void;
}) {
  return (
    <Paper key={rule.id} withBorder p="xs" data-rule-id={rule.id}>
      <Group gap="xs" mb={4}>
        <Switch
          size="xs"
          checked={rule.enabled}
          onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
          aria-label={`Règle ${rule.label} active`}
        />
        <TextInput
          size="xs"
          value={rule.label}
          onChange={(event) => onChange({ label: event.currentTarget.value })}
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
            if (value) onChange({ category: value });
          }}
        />
        {corrected > 0 && (
          <Badge color="orange" variant="light">
            corrigée {corrected} fois
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
              onChange({ groups });
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
          onChange={(event) => onChange({ unless: lines(event.currentTarget.value) })}
        />
      </SimpleGrid>
    </Paper>
  );
}
