import { Button, Group, Overlay, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SessionInfo } from '../../electron/api/common/schemas/users';
import { call } from '../api/client';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useSubmit } from '../ui/use-submit';

/**
 * Covers the workspace without unmounting it: whatever was being typed is still there after
 * unlocking. Clinic workstations are shared, so the page beneath is hidden, not just dimmed.
 */
export function LockScreen({
  session,
  onUnlocked,
  onSwitchUser,
}: {
  session: SessionInfo;
  onUnlocked: (session: SessionInfo) => void;
  onSwitchUser: () => void;
}) {
  const [password, setPassword] = useState('');
  // Raw calls in auth/: the session's own steps (login, unlock, setup, pairing), before or around
  // the cache, which is cleared when a person enters.
  const { submit, error, busy } = useSubmit(
    () => call('auth.unlock', { password }),
    onUnlocked,
    () => {
      setPassword('');
    },
  );

  return (
    <Overlay fixed backgroundOpacity={1} color="#e9ecef" zIndex={1000} center>
      <Paper w={400} p="xl" withBorder shadow="md" role="dialog" aria-label="Poste verrouillé">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            <Title order={3}>Poste verrouillé</Title>
            <Text size="sm">
              Session de <b>{session.user.displayName}</b>. Saisissez votre mot de passe pour reprendre là où vous en
              étiez.
            </Text>
            <ErrorAlert error={error} />
            <PasswordInput
              label="Mot de passe"
              autoFocus
              autoComplete="current-password"
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
              }}
              error={fieldError(error, 'password')}
            />
            <Group justify="space-between">
              <Button variant="subtle" onClick={onSwitchUser}>
                Changer d’utilisateur
              </Button>
              <Button type="submit" loading={busy}>
                Déverrouiller
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Overlay>
  );
}
