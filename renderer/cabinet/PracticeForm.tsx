import { Badge, Button, Group, NumberInput, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { Practice } from '../../electron/api/schemas/practice';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useDraft } from '../ui/use-draft';

const EMPTY: Practice = {
  name: '',
  addressLine: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  finess: '',
  lockAfterMinutes: 10,
};

export function PracticeForm({ editable }: { editable: boolean }) {
  const query = useApiQuery('practice.get', {});
  const save = useApiMutation('practice.update', ['practice.get']);
  const { draft, set, reset, rebase, dirty, revert } = useDraft<Practice>(EMPTY);

  // Typed before the practice arrived (or while it was fetched again): kept (CI typed too fast).
  useEffect(() => {
    if (query.data) rebase(query.data);
  }, [query.data, rebase]);

  const submit = () => {
    if (!editable || !dirty) return;
    save.mutate(draft, {
      onSuccess: (saved) => {
        reset(saved);
        notifications.show({ message: 'Informations du cabinet enregistrées.', color: 'teal' });
      },
    });
  };
  useHotkeys([['mod+S', submit]], []);

  const text = (
    key: Exclude<keyof Practice, 'lockAfterMinutes'>,
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
          <ErrorAlert error={query.error ?? save.error} />
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
