import { Badge, Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  AGENDA_GRIDS,
  HOLIDAY_REGION_LABELS,
  HOLIDAY_REGIONS,
  type HolidayRegion,
  type Practice,
} from '../../electron/api/common/schemas/practice';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { practiceKeys } from '../api/query-keys';
import { EditConflictPanel } from '../ui/EditConflictPanel';
import { conflictOf, ErrorAlert, fieldError } from '../ui/errors';
import { useDraft } from '../ui/use-draft';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';

const EMPTY: Practice = {
  name: '',
  addressLine: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  finess: '',
  lockAfterMinutes: 10,
  holidayRegion: 'metropole',
  agendaGridMinutes: 5,
};

const PRACTICE_LABELS: Readonly<Record<string, string>> = {
  name: 'Nom du cabinet',
  finess: 'Numéro FINESS',
  addressLine: 'Adresse',
  postalCode: 'Code postal',
  city: 'Ville',
  phone: 'Téléphone',
  email: 'E-mail',
  lockAfterMinutes: 'Verrouillage (minutes)',
  holidayRegion: 'Jours fériés de',
  agendaGridMinutes: 'Grille de l’agenda',
};

export function PracticeForm({ editable }: { editable: boolean }) {
  const query = useApiQuery('practice.get', {});
  const save = useApiMutation('practice.update', [practiceKeys.practice()]);
  const { draft, set, reset, rebase, base, dirty, revert } = useDraft<Practice>(EMPTY);
  // The version the typing started from (issue 14): kept while something is typed, so a save over
  // another seat's change is refused and both versions are compared.
  const [baseVersion, setBaseVersion] = useState(0);
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  });

  // Typed before the practice arrived (or while it was fetched again): kept (CI typed too fast).
  // One object per answer (not per render): rebasing on a fresh copy each time would never settle.
  const saved = useMemo(() => {
    if (!query.data) return null;
    const { version, ...fields } = query.data;
    return { version, fields };
  }, [query.data]);
  useEffect(() => {
    if (!saved) return;
    setBaseVersion((current) => (current === 0 || !dirtyRef.current ? saved.version : current));
    rebase(saved.fields);
  }, [saved, rebase]);

  const conflict = conflictOf(save.error);
  const saveOn = (fields: Practice, version: number) => {
    save.mutate(
      { ...fields, version },
      {
        onSuccess: ({ version: savedVersion, ...saved }) => {
          setBaseVersion(savedVersion);
          reset(saved);
          notifications.show({ message: 'Informations du cabinet enregistrées.', color: 'teal' });
        },
      },
    );
  };
  const submit = () => {
    if (!editable || !dirty) return;
    saveOn(draft, baseVersion);
  };
  usePhysicalHotkeys([['mod+S', submit]], []);

  const text = (
    key: Exclude<keyof Practice, 'lockAfterMinutes' | 'holidayRegion' | 'agendaGridMinutes'>,
    label: string,
    extra: { placeholder?: string } = {},
  ) => (
    <TextInput
      label={label}
      value={draft[key]}
      readOnly={!editable}
      onChange={(e) => {
        set(key, e.currentTarget.value);
      }}
      error={fieldError(save.error, key)}
      {...extra}
    />
  );

  return (
    <Paper p="md" withBorder maw={900}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          {conflict ? (
            <EditConflictPanel
              title="Deux versions des informations du cabinet"
              conflict={conflict}
              base={base}
              mine={draft}
              labelOf={(key) => PRACTICE_LABELS[key] ?? key}
              onSaveMerged={(merged) => {
                saveOn(merged as Practice, conflict.version);
              }}
              onTakeTheirs={() => {
                reset(conflict.current as Practice);
                setBaseVersion(conflict.version);
                save.reset();
              }}
            />
          ) : (
            <ErrorAlert error={query.error ?? save.error} />
          )}
          <SimpleGrid cols={2} spacing="sm">
            {text('name', 'Nom du cabinet')}
            {text('finess', 'Numéro FINESS', { placeholder: '9 caractères' })}
            {text('addressLine', 'Adresse')}
            <Group grow gap="sm">
              {text('postalCode', 'Code postal')}
              {text('city', 'Ville')}
            </Group>
            {text('phone', 'Téléphone')}
            {text('email', 'E-mail')}
            <NumberInput
              label="Verrouillage du poste après (minutes sans activité)"
              min={1}
              max={240}
              value={draft.lockAfterMinutes}
              readOnly={!editable}
              onChange={(value) => {
                set('lockAfterMinutes', typeof value === 'number' ? value : Number(value) || 0);
              }}
              error={fieldError(save.error, 'lockAfterMinutes')}
            />
            <NativeSelect
              label="Jours fériés de"
              description="Ferment l’agenda (une garde l’ouvre) : l’Alsace-Moselle et l’outre-mer ont les leurs."
              data={HOLIDAY_REGIONS.map((region) => ({ value: region, label: HOLIDAY_REGION_LABELS[region] }))}
              value={draft.holidayRegion}
              disabled={!editable}
              onChange={(event) => {
                set('holidayRegion', event.currentTarget.value as HolidayRegion);
              }}
              error={fieldError(save.error, 'holidayRegion')}
            />
            <NativeSelect
              label="Grille de l’agenda"
              description="Chaque rendez-vous commence sur elle ; la semaine se glisse au même pas."
              data={AGENDA_GRIDS.map((minutes) => ({ value: String(minutes), label: `toutes les ${minutes} minutes` }))}
              value={String(draft.agendaGridMinutes)}
              disabled={!editable}
              onChange={(event) => {
                set('agendaGridMinutes', Number(event.currentTarget.value));
              }}
              error={fieldError(save.error, 'agendaGridMinutes')}
            />
          </SimpleGrid>
          {editable && (
            <Group justify="flex-end" gap="sm">
              {dirty && (
                <Badge color="orange" variant="light">
                  Modifications non enregistrées
                </Badge>
              )}
              <Button variant="default" disabled={!dirty} onClick={revert}>
                Revenir aux valeurs enregistrées
              </Button>
              <Button type="submit" disabled={!dirty} loading={save.isPending} title="Ctrl+S">
                Enregistrer
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
