import {
  Button,
  FileButton,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { InputOf, OutputOf } from '../../../electron/api/common/contract';
import { SECURITY } from '../../../electron/api/common/schemas/inbox';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { inboxKeys } from '../../api/query-keys';
import { useServerEvent } from '../../api/use-live-lists';
import { ErrorAlert, fieldError } from '../../ui/errors';
import { MailAccountsTable } from './MailAccountsTable';
import { useStoredDraft } from '../../ui/use-stored-draft';

type Account = OutputOf<'inbox.accounts'>[number];
type Form = {
  id: number | null;
  label: string;
  address: string;
  imapHost: string;
  imapPort: number;
  imapSecurity: (typeof SECURITY)[number];
  smtpHost: string;
  smtpPort: number;
  smtpSecurity: (typeof SECURITY)[number];
  login: string;
  serverCaPem: string;
  folderInbox: string;
  folderSent: string;
  folderArchive: string;
  enabled: boolean;
};

const NEW: Form = {
  id: null,
  label: '',
  address: '',
  imapHost: '',
  imapPort: 993,
  imapSecurity: 'tls',
  smtpHost: '',
  smtpPort: 465,
  smtpSecurity: 'tls',
  login: '',
  serverCaPem: '',
  folderInbox: 'INBOX',
  folderSent: 'Sent',
  folderArchive: 'Archive',
  enabled: true,
};
const SECURITY_LABELS = { tls: 'TLS', starttls: 'STARTTLS', none: 'aucune (réseau local)' } as const;

const formOf = (account: Account): Form => ({
  id: account.id,
  label: account.label,
  address: account.address,
  imapHost: account.imapHost,
  imapPort: account.imapPort,
  imapSecurity: account.imapSecurity,
  smtpHost: account.smtpHost,
  smtpPort: account.smtpPort,
  smtpSecurity: account.smtpSecurity,
  login: account.login,
  serverCaPem: account.serverCaPem,
  folderInbox: account.folderInbox,
  folderSent: account.folderSent,
  folderArchive: account.folderArchive,
  enabled: account.enabled,
});
const NO_SECRETS = { password: '', clientPassphrase: '' };

/**
 * Cabinet › Messagerie (issue 11): the practice's mail accounts, their state, « Tester la
 * connexion ». Passwords are never shown back: left empty, the stored one is kept.
 */
export function MailAccountsPanel() {
  const accounts = useApiQuery('inbox.accounts', {});
  // The state of each account's sync follows the server's events (connected, offline since…).
  // Read again here only, not from api/event-keys.ts: a mailbox reports every 30 s, and every
  // Secrétariat seat reading the accounts each time would keep an idle seat from locking.
  const client = useQueryClient();
  useServerEvent('inbox.sync', () => {
    void client.invalidateQueries({ queryKey: inboxKeys.accounts() });
  });
  const save = useApiMutation('inbox.saveAccount', [inboxKeys.accounts()]);
  const test = useApiMutation('inbox.testAccount');
  const { draft, set, setDraft, clear } = useStoredDraft<Form>('compte-messagerie', NEW, 'le compte de messagerie');
  // Secrets are never kept in the page's storage (the draft is): only in memory until saved.
  const [secrets, setSecrets] = useState(NO_SECRETS);
  const [certificate, setCertificate] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [removeCertificate, setRemoveCertificate] = useState(false);
  const editing = (accounts.data ?? []).find((account) => account.id === draft.id);

  const submit = () => {
    const input: InputOf<'inbox.saveAccount'> = {
      ...draft,
      ...secrets,
      clientCertificate: certificate?.bytes ?? null,
      removeClientCertificate: removeCertificate,
    };
    save.mutate(input, {
      onSuccess: ({ id }) => {
        clear({ ...draft, id });
        setSecrets(NO_SECRETS);
        setCertificate(null);
        notifications.show({ message: 'Compte de messagerie enregistré.', color: 'teal' });
      },
    });
  };
  const text = (
    key: 'label' | 'address' | 'imapHost' | 'smtpHost' | 'login' | 'folderInbox' | 'folderSent' | 'folderArchive',
    label: string,
  ) => (
    <TextInput
      label={label}
      value={draft[key]}
      onChange={(event) => {
        set(key, event.currentTarget.value);
      }}
      error={fieldError(save.error, key)}
    />
  );
  const security = (key: 'imapSecurity' | 'smtpSecurity', label: string) => (
    <Select
      label={label}
      value={draft[key]}
      data={SECURITY.map((value) => ({ value, label: SECURITY_LABELS[value] }))}
      onChange={(value) => {
        if (value) set(key, value);
      }}
    />
  );
  const port = (key: 'imapPort' | 'smtpPort', label: string) => (
    <NumberInput
      label={label}
      value={draft[key]}
      min={1}
      max={65535}
      onChange={(value) => set(key, Number(value) || 0)}
      error={fieldError(save.error, key)}
    />
  );

  return (
    <Stack gap="sm" maw={1000}>
      <MailAccountsTable accounts={accounts.data ?? []} onEdit={(account) => setDraft(formOf(account))} />
      <Paper withBorder p="md">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="xs">
            <Text fw={600}>{draft.id === null ? 'Nouveau compte' : `Modifier « ${editing?.label ?? ''} »`}</Text>
            <ErrorAlert error={save.error} />
            <SimpleGrid cols={3} spacing="xs">
              {text('label', 'Nom du compte')}
              {text('address', 'Courriel du compte')}
              {text('login', 'Identifiant')}
              {text('imapHost', 'Serveur IMAP')}
              {port('imapPort', 'Port IMAP')}
              {security('imapSecurity', 'Sécurité IMAP')}
              {text('smtpHost', 'Serveur SMTP')}
              {port('smtpPort', 'Port SMTP')}
              {security('smtpSecurity', 'Sécurité SMTP')}
              <PasswordInput
                label="Mot de passe"
                placeholder={draft.id === null ? '' : 'laisser vide pour garder l’actuel'}
                value={secrets.password}
                onChange={(event) => {
                  const password = event.currentTarget.value;
                  setSecrets((current) => ({ ...current, password }));
                }}
                error={fieldError(save.error, 'password')}
              />
              {text('folderInbox', 'Dossier de réception')}
              {text('folderSent', 'Dossier des envoyés')}
              {text('folderArchive', 'Dossier d’archives')}
            </SimpleGrid>
            <Group gap="xs" align="flex-end">
              <FileButton
                accept=".p12,.pfx,application/x-pkcs12"
                onChange={(file) => {
                  if (!file) return;
                  void file.arrayBuffer().then((buffer) => {
                    setCertificate({ name: file.name, bytes: new Uint8Array(buffer) });
                    setRemoveCertificate(false);
                  });
                }}
              >
                {(props) => (
                  <Button size="xs" variant="default" {...props}>
                    Certificat client (PKCS#12)…
                  </Button>
                )}
              </FileButton>
              <Text size="xs">
                {certificate
                  ? certificate.name
                  : editing?.hasClientCertificate && !removeCertificate
                    ? 'certificat enregistré'
                    : 'aucun certificat (MSSanté : celui de l’opérateur)'}
              </Text>
              {editing?.hasClientCertificate && (
                <Switch
                  size="xs"
                  label="Retirer le certificat"
                  checked={removeCertificate}
                  onChange={(event) => setRemoveCertificate(event.currentTarget.checked)}
                />
              )}
              <PasswordInput
                size="xs"
                label="Phrase secrète du certificat"
                value={secrets.clientPassphrase}
                onChange={(event) => {
                  const clientPassphrase = event.currentTarget.value;
                  setSecrets((current) => ({ ...current, clientPassphrase }));
                }}
                error={fieldError(save.error, 'clientPassphrase')}
              />
            </Group>
            <Textarea
              size="xs"
              label="Autorité de certification du serveur (PEM, si elle n’est pas publique)"
              autosize
              minRows={1}
              maxRows={6}
              value={draft.serverCaPem}
              onChange={(event) => {
                set('serverCaPem', event.currentTarget.value);
              }}
            />
            <Switch
              label="Relève active"
              checked={draft.enabled}
              onChange={(event) => set('enabled', event.currentTarget.checked)}
            />
            <Group gap="xs">
              <Button type="submit" size="xs" loading={save.isPending}>
                Enregistrer
              </Button>
              {draft.id !== null && (
                <Button
                  size="xs"
                  variant="default"
                  loading={test.isPending}
                  onClick={() => test.mutate({ id: draft.id ?? 0 })}
                >
                  Tester la connexion
                </Button>
              )}
              <Button size="xs" variant="subtle" onClick={() => clear(NEW)}>
                Nouveau compte
              </Button>
            </Group>
            <ErrorAlert error={test.error} />
            {test.data && (
              <Stack gap={2} data-testid="connection-test">
                {test.data.steps.map((step) => (
                  <Text key={step.step} size="sm" c={step.ok ? 'teal' : 'red'}>
                    {step.ok ? '✓' : '✗'} {step.step} : {step.message}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
