import { Badge, Button, Checkbox, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { Preference, PreferenceValue } from '../../electron/api/common/schemas/patient-file';
import { useApiMutation } from '../api/hooks';
import { patientKeys } from '../api/query-keys';
import { EditConflictPanel } from '../ui/EditConflictPanel';
import { conflictOf, ErrorAlert, fieldError } from '../ui/errors';
import { useStoredDraft } from '../ui/use-stored-draft';
import { frDate, frDateTime } from '../../electron/api/common/french';
import { PREFERENCE_ITEMS, type ItemSpec } from './preference-items';

/** Dates shown and typed the French way (issue 10); the server reads both. */
function asTyped(spec: ItemSpec, stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(stored).map(([key, value]) => [
      key,
      spec.fields.some((field) => field.key === key && field.type === 'date') && typeof value === 'string'
        ? frDate(value)
        : value,
    ]),
  );
}

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
  const stored = (saved?.value ?? spec.empty) as Record<string, unknown>;
  const shownValues = asTyped(spec, stored);
  // The draft remembers the version (and the values) the typing started from (issue 14): if
  // another seat saves meanwhile, the save is refused and both versions are compared.
  const initial: Record<string, unknown> = { ...shownValues, __version: saved?.version ?? 0, __base: shownValues };
  const {
    draft,
    set: setField,
    setDraft,
    clear,
    dirty,
  } = useStoredDraft<Record<string, unknown>>(
    `preference:${patientId}:${spec.item}`,
    initial,
    `les préférences (${spec.title.toLowerCase()})`,
  );
  const save = useApiMutation('preferences.set', [patientKeys.file()]);
  const { __version: baseVersion, __base: baseValues, ...value } = draft;
  const conflict = conflictOf(save.error);
  const submit = (fields: Record<string, unknown>, version: number) => {
    save.mutate(
      { patientId, value: fields as PreferenceValue, version },
      {
        onSuccess: () => {
          clear();
        },
      },
    );
  };
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
      {conflict ? (
        <EditConflictPanel
          title="Deux versions de cette préférence"
          narrow
          conflict={{ ...conflict, current: asTyped(spec, conflict.current as Record<string, unknown>) }}
          base={baseValues as Record<string, unknown>}
          mine={value}
          labelOf={(key) => spec.fields.find((field) => field.key === key)?.label ?? key}
          onSaveMerged={(merged) => {
            submit(merged, conflict.version);
          }}
          onTakeTheirs={() => {
            const theirs = asTyped(spec, conflict.current as Record<string, unknown>);
            setDraft({ ...theirs, __version: conflict.version, __base: theirs });
            save.reset();
          }}
        />
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <Group justify="flex-end" mt={4}>
        <Button
          size="compact-xs"
          disabled={!dirty}
          loading={save.isPending}
          onClick={() => {
            submit(value, Number(baseVersion));
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
          // Not re-keyed when the saved value changes: the card follows it by itself (its draft
          // keeps what is typed), and a click is never lost to a remount.
          <PreferenceCard key={spec.item} patientId={patientId} spec={spec} saved={saved} />
        );
      })}
    </SimpleGrid>
  );
}
