import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { CATEGORY_CODES, quotedEvidence, type CategoryCode } from '../../electron/api/common/schemas/inbox-protocol';
import { MESSAGE_STATE_LABELS, MESSAGE_STATES, type InboxMessage } from '../../electron/api/common/schemas/inbox';
import { useApiMutation } from '../api/hooks';
import { inboxKeys } from '../api/query-keys';
import { useDownload } from '../ui/use-download';
import { frDateTime } from '../../electron/api/common/french';
import { looksLikeAddress, neutraliseBidi, senderLabel } from '../../electron/api/common/shown-names';
import { ErrorAlert } from '../ui/errors';
import { CATEGORY_COLORS, CATEGORY_LABELS } from './categories';
import { HighlightedBody, SafeHtmlFrame } from './HighlightedBody';
import { MessageActions } from './MessageActions';
import { PatientLink } from './PatientLink';
import { EmergencyInstructions } from './EmergencyInstructions';
import { ReplyBox } from './ReplyBox';

const sizeText = (bytes: number) =>
  bytes > 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} Mo` : `${Math.ceil(bytes / 1024)} Ko`;

/** One message: why it is where it is, who it is about, its files, and the reply. */
export function MessageView({
  message,
  others,
  onPresence,
  onChooseCategory,
  loweringBar,
}: {
  message: InboxMessage;
  others: readonly { name: string; activity: 'reading' | 'replying' }[];
  onPresence: (replying: boolean) => void;
  /** Choosing a category goes through the page: lowering an emergency asks for a reason there. */
  onChooseCategory: (category: CategoryCode) => void;
  /** The inline « motif » to lower an emergency, when one is asked. */
  loweringBar: ReactNode;
}) {
  const invalidates = [inboxKeys.message(), inboxKeys.queue()];
  const setState = useApiMutation('inbox.setState', invalidates);
  const attach = useApiMutation('inbox.attach', invalidates);
  const attachment = useDownload('inbox.attachment');
  const allowImages = useApiMutation('inbox.allowImages', invalidates);
  return (
    <Stack gap="xs">
      {others.length > 0 && (
        <Alert color="yellow" py={4} data-testid="presence">
          {others
            .map(
              (person) => `${person.name} ${person.activity === 'replying' ? 'rédige une réponse' : 'lit ce message'}`,
            )
            .join(' · ')}
        </Alert>
      )}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4}>{message.subject || '(sans objet)'}</Title>
          {message.channel === 'telephone' ? (
            <Text size="sm" data-testid="sender">
              Appel téléphonique de {message.fromName} ·{' '}
              {message.fromAddress ? (
                <a href={`tel:${message.fromAddress.replace(/[\s.-]/g, '')}`}>
                  <b>{message.fromAddress}</b>
                </a>
              ) : (
                'sans numéro'
              )}{' '}
              · {frDateTime(message.receivedAt)}
            </Text>
          ) : (
            <Text size="sm" data-testid="sender">
              {senderLabel({ name: message.fromName, address: message.fromAddress })} ·{' '}
              {frDateTime(message.sentAt ?? message.receivedAt)}
            </Text>
          )}
          {message.fromName !== message.fromAddress && looksLikeAddress(message.fromName) && (
            <Text size="xs" c="red" data-testid="sender-warning">
              Nom affiché par l’expéditeur : « {neutraliseBidi(message.fromName)} ». Il ressemble à une adresse : seule
              l’adresse réelle est montrée.
            </Text>
          )}
        </div>
        <Group gap="xs">
          <Select
            size="xs"
            aria-label="Catégorie"
            value={message.category}
            data={CATEGORY_CODES.map((code) => ({ value: code, label: CATEGORY_LABELS[code] }))}
            onChange={(value) => {
              if (value) onChooseCategory(value);
            }}
            w={210}
          />
          <Select
            size="xs"
            aria-label="État"
            value={message.state}
            data={MESSAGE_STATES.map((state) => ({ value: state, label: MESSAGE_STATE_LABELS[state] }))}
            onChange={(value) => {
              if (value) setState.mutate({ id: message.id, state: value });
            }}
            w={190}
          />
        </Group>
      </Group>
      <EmergencyInstructions message={message} />
      <MessageActions message={message} />
      {loweringBar}
      <ErrorAlert error={setState.error ?? attach.error ?? attachment.error} />
      <Paper withBorder p="xs" data-testid="reasons">
        <Group gap={6} mb={4}>
          <Badge color={CATEGORY_COLORS[message.category]}>{CATEGORY_LABELS[message.category]}</Badge>
          {message.category !== message.suggestedCategory && (
            <Text size="xs" c="dimmed">
              corrigé (protocole : {CATEGORY_LABELS[message.suggestedCategory]})
            </Text>
          )}
        </Group>
        {message.reasons.map((reason) => (
          <Text size="xs" key={reason.ruleId}>
            <b>{reason.label}</b>
            {reason.evidence.length > 0 && ` : ${reason.evidence.map(quotedEvidence).join(', ')}`}
          </Text>
        ))}
      </Paper>
      {message.problems.length > 0 && (
        <Alert color="gray" py={4}>
          {message.problems.join(' · ')}
        </Alert>
      )}
      <PatientLink message={message} />
      {message.safeHtml !== null && message.blockedImages > 0 && !message.remoteImagesAllowed && (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {message.blockedImages} image(s) distante(s) bloquée(s) (elles peuvent servir à pister la lecture).
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => allowImages.mutate({ id: message.id })}>
            Afficher les images
          </Button>
        </Group>
      )}
      <HighlightedBody text={message.bodyText} reasons={message.reasons} />
      {message.safeHtml !== null && !message.bodyText.trim() && (
        <SafeHtmlFrame html={message.safeHtml} allowImages={message.remoteImagesAllowed} />
      )}
      {message.attachmentList.map((file) => (
        <Group key={file.id} gap="xs">
          <Text size="sm">
            PJ : {neutraliseBidi(file.fileName)} ({file.mime}, {sizeText(file.size)})
          </Text>
          {file.refusal ? (
            <Text size="xs" c="red">
              {file.refusal}
            </Text>
          ) : (
            <>
              <Button
                size="compact-xs"
                variant="subtle"
                loading={attachment.isPending && attachment.variables.id === file.id}
                onClick={() => {
                  attachment.mutate({ id: file.id });
                }}
              >
                Télécharger
              </Button>
              {file.documentId !== null ? (
                <Badge size="xs" color="green">
                  classé dans le dossier
                </Badge>
              ) : (
                <Button
                  size="compact-xs"
                  variant="light"
                  disabled={!message.patient}
                  title={message.patient ? undefined : 'Rattachez d’abord le message à un patient'}
                  onClick={() => attach.mutate({ id: message.id, attachmentId: file.id })}
                >
                  Classer dans le dossier
                </Button>
              )}
            </>
          )}
        </Group>
      ))}
      {message.thread.length > 1 && (
        <Paper withBorder p="xs">
          <Text size="xs" fw={600}>
            Échanges
          </Text>
          {message.thread.map((entry) => (
            <Text size="xs" key={entry.id} c={entry.id === message.id ? undefined : 'dimmed'}>
              {entry.direction === 'out' ? '↗' : '↘'} {frDateTime(entry.at)} ·{' '}
              {senderLabel({ name: entry.fromName, address: entry.fromAddress })} : {entry.excerpt}
            </Text>
          ))}
        </Paper>
      )}
      {message.replyRefusal ? (
        // Said before a reply is typed in full (issue 22 item 12), not after « Envoyer ».
        <Text size="sm" c="orange.9" data-testid="reply-refusal">
          {message.replyRefusal}
        </Text>
      ) : (
        <ReplyBox key={message.id} message={message} onPresence={onPresence} />
      )}
    </Stack>
  );
}
