import {
  Button,
  CloseButton,
  Group,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CALL_OUTCOME_LABELS, CALL_OUTCOMES, type CallOutcome } from '../../electron/api/common/schemas/calls';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import { CATEGORY_CODES, CATEGORY_LABELS, lowersEmergency } from '../../electron/api/common/schemas/inbox-protocol';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { inboxKeys } from '../api/query-keys';
import { ErrorAlert, fieldError } from '../ui/errors';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';
import { CallAdvice } from './CallAdvice';
import { CallIdentity } from './CallIdentity';
import { CallOutcomes, OUTCOME_KEYS } from './CallOutcomes';
import { clearCallDraft, closeNewCall, updateCallDraft, useNewCall } from './call-draft';

/**
 * « Nouvel appel » (issue 26), beside whatever page is open, never over it: the number, who calls
 * and for whom, the reason typed while the person talks (sorted as it is typed, with what to tell
 * them), and the outcome in one key. Closing it keeps the draft; only a recorded call clears it.
 */
export function NewCallPanel() {
  const { open, draft } = useNewCall();
  const navigate = useNavigate();
  const [abandoning, setAbandoning] = useState(false);
  const [notes] = useDebouncedValue(draft.notes, 120);
  const reading = useApiQuery(
    'calls.read',
    { notes, patientId: draft.patient?.id ?? null, callerKind: draft.callerKind },
    { enabled: open && notes.trim().length > 0, cancellable: true, placeholderData: (previous) => previous },
  );
  const suggested = notes.trim() ? reading.data?.category : undefined;
  const category = draft.category ?? suggested ?? 'rendez-vous';
  const lowered = suggested !== undefined && lowersEmergency(suggested, category);
  const record = useApiMutation('calls.record', [inboxKeys.queue(), inboxKeys.callsDay(), inboxKeys.ofPatient()]);

  function choose(outcome: CallOutcome) {
    if (record.isPending) return;
    if (outcome === 'oriente' && !draft.outcomeDetail.trim()) {
      updateCallDraft({ pending: 'oriente' });
      return;
    }
    updateCallDraft({ pending: outcome });
    record.mutate(
      {
        number: draft.number,
        callerKind: draft.callerKind,
        callerName: draft.callerName,
        patientId: draft.patient?.id ?? null,
        confirmedBirthDate: draft.patient ? parseFrenchDate(draft.birthDate) : null,
        notes: draft.notes,
        category,
        loweringReason: draft.loweringReason,
        outcome,
        outcomeDetail: draft.outcomeDetail,
        assignedTo: draft.assignedTo,
      },
      {
        onSuccess: ({ requestId }) => {
          const patient = draft.patient;
          clearCallDraft();
          record.reset();
          notifications.show({ message: `Appel consigné : ${CALL_OUTCOME_LABELS[outcome].toLowerCase()}.` });
          // The slot finder opens on this patient and this urgency, as from a message.
          if (outcome === 'rdv')
            void navigate(
              `/secretariat/rendez-vous?message=${requestId}&urgence=${category}${patient ? `&patient=${patient.id}` : ''}`,
            );
        },
      },
    );
  }

  usePhysicalHotkeys(
    open
      ? [
          ['Escape', closeNewCall],
          ...CALL_OUTCOMES.map((outcome): [string, () => void] => [
            `alt+${OUTCOME_KEYS[outcome]}`,
            () => choose(outcome),
          ]),
        ]
      : [],
    [],
  );
  if (!open) return null;
  return (
    <Paper
      data-testid="new-call"
      shadow="xl"
      withBorder
      pos="fixed"
      top={52}
      right={8}
      bottom={8}
      w={460}
      p="sm"
      style={{ zIndex: 250 }}
    >
      <ScrollArea h="100%" type="auto">
        <Stack gap={8}>
          <Group justify="space-between">
            <Title order={4}>Nouvel appel</Title>
            <CloseButton title="Fermer (Échap) : l’appel en cours est gardé" onClick={closeNewCall} />
          </Group>
          <CallIdentity draft={draft} error={record.error} />
          <Textarea
            label="Motif (noté pendant que la personne parle)"
            data-testid="call-notes"
            autosize
            minRows={3}
            maxRows={8}
            value={draft.notes}
            onChange={(event) => updateCallDraft({ notes: event.currentTarget.value })}
            error={fieldError(record.error, 'notes')}
          />
          {notes.trim() && <CallAdvice reading={reading.data} />}
          <Select
            size="xs"
            label="Catégorie"
            data-testid="call-category"
            value={category}
            data={CATEGORY_CODES.map((code) => ({
              value: code,
              label: code === suggested ? `${CATEGORY_LABELS[code]} (protocole)` : CATEGORY_LABELS[code],
            }))}
            onChange={(value) => updateCallDraft({ category: value })}
            allowDeselect={false}
          />
          {(lowered || fieldError(record.error, 'loweringReason')) && (
            <TextInput
              size="xs"
              label="Motif pour baisser l’urgence du protocole"
              data-testid="call-lowering-reason"
              value={draft.loweringReason}
              onChange={(event) => updateCallDraft({ loweringReason: event.currentTarget.value })}
              error={fieldError(record.error, 'loweringReason')}
            />
          )}
          <CallOutcomes draft={draft} error={record.error} busy={record.isPending} onChoose={choose} />
          <ErrorAlert error={record.error} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Échap ferme sans rien perdre ; F4 rouvre.
            </Text>
            {/* Two clicks, the second one named: a mis-click never throws away what was noted. */}
            <Button
              size="compact-xs"
              variant={abandoning ? 'filled' : 'subtle'}
              color={abandoning ? 'red' : 'gray'}
              onClick={() => (abandoning ? clearCallDraft() : setAbandoning(true))}
              onBlur={() => setAbandoning(false)}
            >
              {abandoning ? 'Confirmer : abandonner cet appel' : 'Abandonner cet appel'}
            </Button>
          </Group>
        </Stack>
      </ScrollArea>
    </Paper>
  );
}
