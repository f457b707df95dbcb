import { Badge, Group, NumberInput, Paper, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { quotedEvidence, type TriageProtocol } from '../../../electron/api/common/schemas/inbox-protocol';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../ui/errors';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../categories';
import { HighlightedBody } from '../HighlightedBody';

/**
 * The protocol's tester (issue 23): a message pasted here, or one of the inbox's by its number, is
 * sorted with the protocol as it is being edited, its category and every reason shown at once.
 */
export function ProtocolTester({ draft }: { draft: TriageProtocol }) {
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [photo, setPhoto] = useState(false);
  const [operatedDaysAgo, setOperatedDaysAgo] = useState<number | null>(null);
  const [messageId, setMessageId] = useState<number | null>(null);
  const [asked] = useDebouncedValue({ draft, subject, body, photo, operatedDaysAgo, messageId }, 250);
  const hasMessage = asked.messageId !== null || `${asked.subject}${asked.body}`.trim() !== '';
  const tested = useApiQuery(
    'inbox.testProtocol',
    asked.messageId !== null
      ? { protocol: asked.draft, messageId: asked.messageId }
      : {
          protocol: asked.draft,
          message: {
            subject: asked.subject,
            body: asked.body,
            photo: asked.photo,
            operatedDaysAgo: asked.operatedDaysAgo,
          },
        },
    { enabled: hasMessage, placeholderData: keepPreviousData, retry: false },
  );
  const result = hasMessage ? tested.data : undefined;
  // Until the answer for what is typed now arrives, the previous one is shown dimmed, never as current.
  const stale =
    tested.isPlaceholderData ||
    tested.isFetching ||
    asked.draft !== draft ||
    asked.subject !== subject ||
    asked.body !== body ||
    asked.photo !== photo ||
    asked.operatedDaysAgo !== operatedDaysAgo ||
    asked.messageId !== messageId;
  return (
    <Paper withBorder p="xs" data-testid="protocol-tester">
      <Text size="sm" fw={600} mb={4}>
        Essayer le protocole sur un message
      </Text>
      <Stack gap={6}>
        <Group gap="xs" align="end" wrap="nowrap">
          <NumberInput
            size="xs"
            label="N° de message"
            placeholder="ou collez-le"
            min={1}
            w={120}
            value={messageId ?? ''}
            onChange={(value) => setMessageId(value === '' ? null : Number(value))}
          />
          <Switch
            size="xs"
            label="photo jointe"
            checked={photo}
            disabled={messageId !== null}
            onChange={(event) => setPhoto(event.currentTarget.checked)}
          />
          <NumberInput
            size="xs"
            label="Opéré il y a (jours)"
            min={0}
            w={130}
            disabled={messageId !== null}
            value={operatedDaysAgo ?? ''}
            onChange={(value) => setOperatedDaysAgo(value === '' ? null : Number(value))}
          />
        </Group>
        <TextInput
          size="xs"
          label="Objet"
          value={subject}
          disabled={messageId !== null}
          onChange={(event) => setSubject(event.currentTarget.value)}
        />
        <Textarea
          size="xs"
          label="Message"
          autosize
          minRows={3}
          maxRows={8}
          value={body}
          disabled={messageId !== null}
          onChange={(event) => setBody(event.currentTarget.value)}
          data-testid="tester-body"
        />
        <ErrorAlert error={hasMessage ? tested.error : null} />
        {result && (
          <Stack
            gap={4}
            data-testid="tester-result"
            data-stale={stale || undefined}
            style={{ opacity: stale ? 0.5 : 1 }}
          >
            <Group gap="xs">
              <Badge color={CATEGORY_COLORS[result.category]} variant="filled" data-testid="tester-category">
                {CATEGORY_LABELS[result.category]}
              </Badge>
              {result.toVerify && (
                <Badge color="red" variant="outline">
                  à vérifier
                </Badge>
              )}
            </Group>
            {result.reasons.map((reason, index) => (
              <Text key={`${reason.ruleId}-${index}`} size="xs">
                <Text span fw={600} c={CATEGORY_COLORS[reason.category]}>
                  {CATEGORY_LABELS[reason.category]}
                </Text>{' '}
                · {reason.label}
                {reason.evidence.length > 0 && ` : ${reason.evidence.map(quotedEvidence).join(', ')}`}
              </Text>
            ))}
            {messageId !== null && (
              <Paper bg="gray.0" p={6}>
                <Text size="xs" fw={600}>
                  {result.subject}
                </Text>
                <HighlightedBody text={result.body} reasons={result.reasons} />
              </Paper>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
