import { Badge, Button, Checkbox, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { Preference, PreferenceValue } from '../../electron/api/schemas/patient-file';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useStoredDraft } from '../ui/use-stored-draft';
import { frDate, frDateTime } from './format';
import { PREFERENCE_ITEMS, type ItemSpec } from './preference-items';

/** A stored preference field as the text box shows it (absent or not text: empty). */
const textOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

function PreferenceCard({
  patientId,
  spec,
  saved,
}: {
  patientId: number;
  spec: ItemSpec;
  saved: Preference | undefined;
}) {
  // Dates are shown and typed the French way (issue 10); the server reads both.
  const stored = (saved?.value ?? spec.empty) as Record<string, unknown>;
  const initial = Object.fromEntries(
    Object.entries(stored).map(([key, value]) => [
      key,
      spec.fields.some((field) => field.key === key && field.type === 'date') && typeof value === 'string'
        ? frDate(value)
        : value,
    ]),
  );
  const {
    draft: value,
    set: setField,
    clear,
    dirty,
  } = useStoredDraft<Record<string, unknown>>(
    `preference:${patientId}:${spec.item}`,
    initial,
    `les préférences (${spec.title.toLowerCase()})`,
  );
  const save = useApiMutation('preferences.set', ['patients.get']);
  const set = (key: string, next: unknown) => {
    setField(key, next);
  };

  return (
    <Paper p="xs" withBorder data-testid={`preference-${spec.item}`}>
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {spec.title}
        </Text>
        {saved ? (
          <Text size="xs" c="dimmed">
            par {saved.by}, le {frDateTime(saved.at)}
          </Text>
        ) : (
          <Badge size="xs" color="gray">
            non renseigné
          </Badge>
        )}
      </Group>
      {spec.fields.map((field) => {
        const error = fieldError(save.error, `value.${field.key}`);
        if (field.type === 'bool')
          return (
            <Checkbox
              key={field.key}
              size="xs"
              my={4}
              label={field.label}
              checked={Boolean(value[field.key])}
              onChange={(e) => {
                set(field.key, e.currentTarget.checked);
              }}
            />
          );
        if (field.type === 'select')
          return (
            <Select
              key={field.key}
              size="xs"
              label={field.label}
              data={field.options}
              value={String(value[field.key])}
              allowDeselect={false}
              onChange={(next) => next && set(field.key, next)}
              error={error}
            />
          );
        return (
          <TextInput
            key={field.key}
            size="xs"
            label={field.label}
            value={textOf(value[field.key])}
            onChange={(e) => {
              set(field.key, e.currentTarget.value);
            }}
            error={error}
          />
        );
      })}
      <ErrorAlert error={save.error} />
      <Group justify="flex-end" mt={4}>
        <Button
          size="compact-xs"
          disabled={!dirty}
          loading={save.isPending}
          onClick={() => {
            save.mutate(
              { patientId, value: value as PreferenceValue },
              {
                onSuccess: () => {
                  clear(value);
                },
              },
            );
          }}
        >
          Enregistrer
        </Button>
      </Group>
    </Paper>
  );
}

/** What the patient wants for the operation; each item says who entered it and when. */
export function PreferencesPanel({
  patientId,
  preferences,
}: {
  patientId: number;
  preferences: readonly Preference[];
}) {
  return (
    <SimpleGrid cols={3} spacing="xs">
      {PREFERENCE_ITEMS.map((spec) => {
        const saved = preferences.find((preference) => preference.value.item === spec.item);
        return (
          <PreferenceCard key={`${spec.item}-${saved?.at ?? ''}`} patientId={patientId} spec={spec} saved={saved} />
        );
      })}
    </SimpleGrid>
  );
}
