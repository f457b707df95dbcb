import { Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../electron/api/schemas/users';
import { call } from '../api/client';
import { ErrorAlert, fieldError } from '../ui/errors';

export function LoginPage({ practiceName, onDone }: { practiceName: string | null; onDone: (session: SessionInfo) => void }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await call('auth.login', { login, password });
      onDone(result.session);
    } catch (caught) {
      setError(caught);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper maw={400} mx="auto" mt={100} p="xl" withBorder>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2}>Paume</Title>
          {practiceName && <Text c="dimmed">{practiceName}</Text>}
          <ErrorAlert error={error} />
          <TextInput label="Identifiant" autoFocus autoComplete="username" value={login} onChange={(e) => setLogin(e.currentTarget.value)} error={fieldError(error, 'login')} />
          <PasswordInput label="Mot de passe" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={fieldError(error, 'password')} />
          <Button type="submit" loading={busy}>
            Se connecter
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
