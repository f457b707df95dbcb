import { Button, Checkbox, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { SessionInfo } from '../../electron/api/common/schemas/users';
import { call } from '../api/client';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useSubmit } from '../ui/use-submit';

/** First start: the practice's name and the first account, an administrator (usually a surgeon). */
export function SetupPage({ onDone }: { onDone: (session: SessionInfo) => void }) {
  const [draft, setDraft] = useState({
    practiceName: '',
    displayName: '',
    login: '',
    password: '',
    confirm: '',
    alsoSurgeon: true,
  });
  const set = (key: keyof typeof draft) => (value: string | boolean) => {
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const mismatch = draft.confirm !== '' && draft.confirm !== draft.password;

  const { submit, error, busy } = useSubmit(
    () => {
      const { confirm: _confirm, ...input } = draft;
      // The practice's first start, before any session or cache.
      return call('setup.initialize', input);
    },
    (result) => {
      onDone(result.session);
    },
  );

  return (
    <Paper maw={520} mx="auto" mt={60} p="xl" withBorder>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!mismatch) void submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={2}>Bienvenue dans Paume</Title>
          <Text c="dimmed" size="sm">
            Première mise en route : le nom du cabinet et votre compte administrateur. Vous créerez ensuite les comptes
            de l’équipe dans « Cabinet ».
          </Text>
          <ErrorAlert error={error} />
          <TextInput
            label="Nom du cabinet"
            required
            autoFocus
            value={draft.practiceName}
            onChange={(e) => {
              set('practiceName')(e.currentTarget.value);
            }}
            error={fieldError(error, 'practiceName')}
          />
          <TextInput
            label="Votre nom (tel qu’affiché)"
            placeholder="Dr Claire Fontaine"
            required
            value={draft.displayName}
            onChange={(e) => {
              set('displayName')(e.currentTarget.value);
            }}
            error={fieldError(error, 'displayName')}
          />
          <TextInput
            label="Identifiant de connexion"
            placeholder="claire.fontaine"
            required
            value={draft.login}
            onChange={(e) => {
              set('login')(e.currentTarget.value);
            }}
            error={fieldError(error, 'login')}
          />
          <PasswordInput
            label="Mot de passe (8 caractères au moins)"
            required
            value={draft.password}
            onChange={(e) => {
              set('password')(e.currentTarget.value);
            }}
            error={fieldError(error, 'password')}
          />
          <PasswordInput
            label="Confirmez le mot de passe"
            required
            value={draft.confirm}
            onChange={(e) => {
              set('confirm')(e.currentTarget.value);
            }}
            error={mismatch ? 'les deux mots de passe diffèrent' : undefined}
          />
          <Checkbox
            label="Je suis aussi chirurgien(ne) : je dicterai des courriers"
            checked={draft.alsoSurgeon}
            onChange={(e) => {
              set('alsoSurgeon')(e.currentTarget.checked);
            }}
          />
          <Button type="submit" loading={busy} disabled={mismatch}>
            Créer le cabinet
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
