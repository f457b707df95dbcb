import { Button, Code, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../electron/api/common/schemas/users';
import { call } from '../api/client';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useSubmit } from '../ui/use-submit';

type State = { name: 'checking' } | { name: 'pending'; recoveryKey: string } | { name: 'done' };

/**
 * Encryption at rest (issue 14): after the first setup (or a restore into a folder with another
 * key), an administrator sees the recovery key once, prints it, and types it back before Paume
 * goes on. Other roles go on: the key is the administrator's to keep.
 */
export function RecoveryKeyGate({ session, children }: { session: SessionInfo; children: ReactNode }) {
  const isAdmin = session.user.roles.includes('admin');
  const [state, setState] = useState<State>(isAdmin ? { name: 'checking' } : { name: 'done' });
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    if (!isAdmin) return;
    const effect = { cancelled: false };
    // Raw calls: a secret shown once, never kept in the query cache.
    (async () => {
      const status = await call('keys.status', {});
      if (!status.recoveryKeyPending) return { name: 'done' } as const;
      const { recoveryKey } = await call('keys.recoveryKey', {});
      return { name: 'pending', recoveryKey } as const;
    })().then(
      (next) => {
        if (!effect.cancelled) setState(next);
      },
      (error: unknown) => {
        if (!effect.cancelled) setLoadError(error);
      },
    );
    return () => {
      effect.cancelled = true;
    };
  }, [isAdmin]);

  if (loadError) return <ErrorAlert error={loadError} />;
  if (state.name === 'checking') return <Loader m="xl" />;
  if (state.name === 'done') return <>{children}</>;
  return (
    <RecoveryKeyPage
      recoveryKey={state.recoveryKey}
      onConfirmed={() => {
        setState({ name: 'done' });
      }}
    />
  );
}

function RecoveryKeyPage({ recoveryKey, onConfirmed }: { recoveryKey: string; onConfirmed: () => void }) {
  const [typed, setTyped] = useState('');
  // An action once the key is written down, nothing to cache.
  const { submit, error, busy } = useSubmit(() => call('keys.confirmRecoveryKey', { typed }), onConfirmed);
  return (
    <Paper maw={720} mx="auto" mt={40} p="xl" withBorder className="paume-print-area">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2}>Clé de secours de la base</Title>
          <Text size="sm">
            Les dossiers des patients sont chiffrés sur ce disque. Si ce poste est volé, rien n’y est lisible. S’il est
            perdu, réinstallé ou son trousseau effacé, <b>seule cette clé</b> rouvre la base et les sauvegardes de la
            base de ce poste.
          </Text>
          {/* Two lines of groups, each line ending in its dash: read aloud or copied, it is the whole key. */}
          <Code block fz={22} ta="center" py="md" data-testid="recovery-key" style={{ letterSpacing: '0.08em' }}>
            <div>{recoveryKey.split('-').slice(0, 7).join('-')}-</div>
            <div>{recoveryKey.split('-').slice(7).join('-')}</div>
          </Code>
          <Text size="sm">
            Imprimez-la (ou recopiez-la à la main) et rangez-la dans le coffre du cabinet, loin de ce poste.{' '}
            <b>Elle ne sera plus affichée.</b>
          </Text>
          <Group className="no-print">
            <Button variant="default" onClick={() => window.print()}>
              Imprimer la clé
            </Button>
          </Group>
          <div className="no-print">
            <Stack gap="xs">
              <ErrorAlert error={error} />
              <TextInput
                label="Recopiez la clé imprimée pour confirmer qu’elle est rangée"
                description="Les tirets et les espaces sont facultatifs ; majuscules ou minuscules."
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(event) => {
                  setTyped(event.currentTarget.value);
                }}
                error={fieldError(error, 'typed')}
                styles={{ input: { fontFamily: 'monospace' } }}
              />
              <Group>
                <Button type="submit" loading={busy} disabled={typed.trim() === ''}>
                  La clé est rangée : continuer
                </Button>
              </Group>
            </Stack>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
