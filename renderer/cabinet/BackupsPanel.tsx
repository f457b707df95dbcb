import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  PasswordInput,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { frDateTime } from '../../electron/api/common/french';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { cabinetKeys } from '../api/query-keys';
import { useServerEvent } from '../api/use-live-lists';
import { ErrorAlert, fieldError } from '../ui/errors';
import { backupPlace } from './backup-place';
import { RestoreDryRun } from './RestoreDryRun';

const sizeText = (bytes: number) =>
  bytes > 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} Mo` : `${Math.max(1, Math.round(bytes / 1024))} Ko`;
const when = frDateTime;

/**
 * Cabinet › Sauvegardes (issue 14): where the backups go (a USB disk, a NAS share) and the
 * passphrase that encrypts them, « Sauvegarder maintenant » with its progress, the last ones with
 * their check, and a red warning past 48 hours without a good one. Restoring is done with Paume
 * stopped, by `paume restore`, so that nothing is ever restored under a running seat.
 */
export function BackupsPanel() {
  const settings = useApiQuery('backups.settings', {});
  const status = useApiQuery('backups.status', {});
  const save = useApiMutation('backups.saveSettings', [cabinetKeys.backupSettings(), cabinetKeys.backupStatus()]);
  const run = useApiMutation('backups.runNow', [cabinetKeys.backupStatus()]);
  const inspect = useApiMutation('backups.inspect');
  const schedule = useApiMutation('backups.scheduleRestore', [cabinetKeys.backupStatus()]);
  const cancel = useApiMutation('backups.cancelRestore', [cabinetKeys.backupStatus()]);
  const pending = status.data?.pendingRestore ?? null;
  const place = (file: string) => backupPlace(file, settings.data?.folder ?? null);
  const [draft, setDraft] = useState<{ folder: string; passphrase: string; enabled: boolean } | null>(null);
  const form = draft ?? {
    folder: settings.data?.folder ?? '',
    passphrase: '',
    enabled: settings.data?.enabled ?? true,
  };
  const [step, setStep] = useState<{ step: string; done: number; total: number } | null>(null);
  useServerEvent('backups.progress', setStep);
  const last = status.data?.lastGood;
  return (
    <Stack gap="sm" maw={1100}>
      {status.data?.overdue && (
        <Alert color="red" data-testid="backup-overdue">
          {last
            ? `Dernière sauvegarde réussie le ${when(last.at)} : plus de 48 heures. Branchez le disque et sauvegardez.`
            : 'Aucune sauvegarde réussie pour l’instant : choisissez un dossier et sauvegardez.'}
        </Alert>
      )}
      <Paper withBorder p="sm">
        <Group gap="xs" align="flex-end">
          <TextInput
            size="xs"
            w={360}
            label="Dossier des sauvegardes"
            placeholder="/media/cle-usb/paume (disque USB, partage réseau)"
            value={form.folder}
            onChange={(event) => setDraft({ ...form, folder: event.currentTarget.value })}
            error={fieldError(save.error, 'folder')}
          />
          <PasswordInput
            size="xs"
            w={260}
            label="Phrase secrète"
            placeholder={settings.data?.hasPassphrase ? 'inchangée' : '12 caractères au moins'}
            value={form.passphrase}
            onChange={(event) => setDraft({ ...form, passphrase: event.currentTarget.value })}
            error={fieldError(save.error, 'passphrase')}
          />
          <Checkbox
            size="xs"
            label="chaque jour"
            checked={form.enabled}
            onChange={(event) => setDraft({ ...form, enabled: event.currentTarget.checked })}
          />
          <Button size="xs" onClick={() => save.mutate(form, { onSuccess: () => setDraft(null) })}>
            Enregistrer
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          Sans la phrase secrète, une sauvegarde ne s’ouvre pas : notez-la et rangez-la au coffre.
        </Text>
        <ErrorAlert error={save.error} />
      </Paper>
      <Paper withBorder p="sm">
        <Group gap="sm">
          <Button size="xs" loading={run.isPending} disabled={!status.data?.configured} onClick={() => run.mutate({})}>
            Sauvegarder maintenant
          </Button>
          {run.isPending && step && (
            <Stack gap={2} w={320}>
              <Text size="xs">{step.step}</Text>
              <Progress size="sm" value={step.total ? (100 * step.done) / step.total : 0} />
            </Stack>
          )}
          {last && !run.isPending && (
            <Text size="sm" data-testid="backup-last">
              Dernière : {when(last.at)}, {sizeText(last.size)} — {last.detail}
            </Text>
          )}
        </Group>
        <ErrorAlert error={run.error} />
        <Table fz="xs" mt="xs" striped>
          <Table.Tbody>
            {(status.data?.runs ?? []).map((row) => (
              <Table.Tr key={row.id} c={row.ok ? undefined : 'red'}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(row.startedAt)}</Table.Td>
                <Table.Td>{row.reason}</Table.Td>
                <Table.Td>{row.ok ? 'vérifiée' : 'échouée'}</Table.Td>
                <Table.Td>{row.ok ? sizeText(row.size) : ''}</Table.Td>
                <Table.Td>{row.detail}</Table.Td>
                <Table.Td data-testid="backup-where" title={row.file}>
                  {row.file ? place(row.file).folder : ''}
                </Table.Td>
                <Table.Td>
                  {row.ok && row.file && place(row.file).inChosenFolder && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      loading={inspect.isPending && inspect.variables.file === place(row.file).name}
                      onClick={() => inspect.mutate({ file: place(row.file).name })}
                    >
                      Essai de restauration
                    </Button>
                  )}
                  {row.ok && row.file && !place(row.file).inChosenFolder && (
                    <Text size="xs" c="dimmed">
                      hors du dossier choisi : paume restore
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <ErrorAlert error={inspect.error ?? schedule.error} />
        {inspect.data && (
          <RestoreDryRun
            key={inspect.data.file}
            report={inspect.data}
            scheduling={schedule.isPending}
            error={schedule.error}
            onSchedule={(input) => schedule.mutate(input)}
          />
        )}
        {pending && (
          <Alert color="orange" mt="xs" data-testid="restore-pending">
            <Group justify="space-between">
              <Text size="sm">
                Restauration de {pending.file} demandée le {when(pending.requestedAt)} : elle se fera au prochain
                démarrage de Paume, avant l’ouverture de la base, tout vérifié d’abord (la base actuelle sera gardée à
                côté ; si la sauvegarde s’avère abîmée, rien n’est changé et le journal le dit). Arrêtez Paume sur ce
                poste puis relancez-le.
              </Text>
              <Button size="xs" variant="default" onClick={() => cancel.mutate({})}>
                Annuler
              </Button>
            </Group>
          </Alert>
        )}
      </Paper>
      <Text size="xs" c="dimmed">
        Ou, Paume arrêté, en ligne de commande : <Code>PAUME_PHRASE_SAUVEGARDE=… paume restore FICHIER --dry-run</Code>{' '}
        (ce que contient la sauvegarde, son cabinet, ses documents vérifiés ; rien n’est changé), et la même commande
        sans <Code>--dry-run</Code> (avec <Code>--autre-cabinet</Code> pour la sauvegarde d’un autre cabinet). La base
        en place est gardée à côté.
      </Text>
    </Stack>
  );
}
