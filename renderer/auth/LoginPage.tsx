import { Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { SessionInfo } from '../../electron/api/common/schemas/users';
import { call } from '../api/client';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useSubmit } from '../ui/use-submit';

export function LoginPage({
  practiceName,
  onDone,
}: {
  practiceName: string | null;
  onDone: (session: SessionInfo) => void;
}) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  // The session's own step, before any cache (cleared when a person enters).
  const { submit, error, busy } = useSubmit(
    () => call('auth.login', { login, password }),
    (result) => {
      onDone(result.session);
    },
    () => {
      setPassword('');
    },
  );

  return (
    <Paper maw={400} mx="auto" mt={100} p="xl" withBorder>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2}>Paume</Title>
          {practiceName && <Text c="dimmed">{practiceName}</Text>}
          <ErrorAlert error={error} />
          <TextInput
            label="Identifiant"
            autoFocus
            autoComplete="username"
            value={login}
            onChange={(e) => {
              setLogin(e.currentTarget.value);
            }}
            error={fieldError(error, 'login')}
          />
          <PasswordInput
            label="Mot de passe"
            autoComplete="current-password"
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
            }}
            error={fieldError(error, 'password')}
          />
          <Button type="submit" loading={busy}>
            Se connecter
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
