import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { frDateTime, frTime } from '../../electron/api/common/french';
import type { DayBeforeAnswers, DayBeforeEntry } from '../../electron/api/common/schemas/day-before-calls';
import { ANAESTHESIA_LABELS, ANAESTHESIAS } from '../../electron/api/common/schemas/theatre';
import { useApiMutation } from '../api/hooks';
import { dayBeforeKeys, theatreKeys } from '../api/query-keys';
import { siteOf } from '../theatre/CaseCard';
import { CalledPatient } from './CalledPatient';
import { ErrorAlert, fieldError } from '../ui/errors';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';
import { dropDraft, draftFrom, keepDraft, keptDraft, type DayBeforeDraft } from './day-before-draft';

const MUSIC_CHOICES = [
  { value: 'music', label: 'De la musique' },
  { value: 'headphones', label: 'Ses propres écouteurs' },
  { value: 'silence', label: 'Le silence' },
  { value: 'undecided', label: 'Ne sait pas' },
];

/**
 * One J-1 call (issue 26 item 2), beside the list: what to tell the patient, read aloud and
 * ticked, then what the Bloc card needs. « Joint » writes the answers to the patient's
 * preferences; « Pas de réponse » counts an attempt (the patient stays on the list to call again).
 */
export function DayBeforeForm({ entry }: { entry: DayBeforeEntry }) {
  const [draft, setDraftState] = useState<DayBeforeDraft>(() => keptDraft(entry.caseId) ?? draftFrom(entry));
  const setDraft = (next: DayBeforeDraft) => {
    keepDraft(entry.caseId, next);
    setDraftState(next);
  };
  const answer = <K extends keyof DayBeforeAnswers>(key: K, value: DayBeforeAnswers[K]) =>
    setDraft({ ...draft, answers: { ...draft.answers, [key]: value } });
  const record = useApiMutation('dayBeforeCalls.record', [dayBeforeKeys.list(), theatreKeys.day()]);
  const initialAnaesthesia = draftFrom(entry).answers.anaesthesia;
  const { answers } = draft;

  function save(reached: boolean) {
    if (record.isPending) return;
    record.mutate(
      {
        caseId: entry.caseId,
        reached,
        answers: reached ? answers : null,
        versions: draft.versions,
        notes: draft.notes,
      },
      {
        onSuccess: () => {
          if (reached) dropDraft(entry.caseId);
          else setDraft({ ...draft, notes: '' });
          notifications.show({
            message: reached
              ? `${entry.patient.name} : réponses enregistrées, elles sont sur la fiche du bloc.`
              : `${entry.patient.name} : pas de réponse, à rappeler.`,
          });
        },
      },
    );
  }
  // Alt shortcuts work while typing in a field: the secretary stays in the form.
  usePhysicalHotkeys(
    [
      ['alt+J', () => save(true)],
      ['alt+N', () => save(false)],
    ],
    [],
  );
  const error = (field: string) => fieldError(record.error, field);

  return (
    <Paper withBorder p="sm" data-testid="day-before-form">
      <Stack gap={8}>
        <CalledPatient patient={entry.patient}>
          {entry.procedure} · <b>{siteOf(entry)}</b> · salle {entry.room}
          {entry.surgeonName ? ` · ${entry.surgeonName}` : ''}
        </CalledPatient>
        <Paper bg="gray.0" p="xs" data-testid="day-before-to-say">
          <Text size="sm">
            <b>Arrivée à {frTime(entry.arrivalAt)}</b> (intervention prévue vers {frTime(entry.startsAt)}) :{' '}
            {entry.place}
          </Text>
          <Text size="sm">
            <b>Jeûne :</b> {entry.fasting}
          </Text>
          <Text size="sm">
            <b>Retour :</b> {entry.companionAdvice}
          </Text>
          <Text size="sm">
            <b>À apporter :</b> {entry.toBring}
          </Text>
        </Paper>
        <Group gap="lg">
          <Checkbox
            label="Heure et lieu confirmés"
            checked={answers.arrivalConfirmed}
            onChange={(event) => answer('arrivalConfirmed', event.currentTarget.checked)}
          />
          <Checkbox
            label="Jeûne compris"
            checked={answers.fastingUnderstood}
            onChange={(event) => answer('fastingUnderstood', event.currentTarget.checked)}
          />
        </Group>
        <Group grow gap="xs">
          <TextInput
            size="xs"
            label="Accompagnant pour le retour"
            value={answers.companion.name}
            onChange={(event) => answer('companion', { ...answers.companion, name: event.currentTarget.value })}
            error={error('answers.companion.name')}
          />
          <TextInput
            size="xs"
            label="Son téléphone"
            value={answers.companion.phone}
            onChange={(event) => answer('companion', { ...answers.companion, phone: event.currentTarget.value })}
            error={error('answers.companion.phone')}
          />
        </Group>
        <div>
          <Text size="xs" fw={500}>
            Anesthésie choisie par le patient
          </Text>
          <SegmentedControl
            size="xs"
            aria-label="Anesthésie choisie par le patient"
            value={answers.anaesthesia}
            data={ANAESTHESIAS.map((choice) => ({ value: choice, label: ANAESTHESIA_LABELS[choice] }))}
            onChange={(value) => {
              const choice = ANAESTHESIAS.find((candidate) => candidate === value);
              if (choice) answer('anaesthesia', choice);
            }}
          />
          {answers.anaesthesia !== initialAnaesthesia && (
            <Text size="xs" c="orange.8" data-testid="anaesthesia-changing">
              Changement ({ANAESTHESIA_LABELS[initialAnaesthesia]} → {ANAESTHESIA_LABELS[answers.anaesthesia]}) : il
              sera signalé à l’anesthésiste sur le programme opératoire.
            </Text>
          )}
        </div>
        <Group grow gap="xs" align="flex-start">
          <Select
            size="xs"
            label="Musique au bloc"
            data={MUSIC_CHOICES}
            value={answers.music.choice}
            allowDeselect={false}
            onChange={(value) => {
              const choice = MUSIC_CHOICES.find((candidate) => candidate.value === value)?.value;
              if (choice === 'music' || choice === 'headphones' || choice === 'silence' || choice === 'undecided')
                answer('music', { ...answers.music, choice });
            }}
          />
          <TextInput
            size="xs"
            label="Style"
            value={answers.music.style}
            onChange={(event) => answer('music', { ...answers.music, style: event.currentTarget.value })}
            error={error('answers.music.style')}
          />
          <TextInput
            size="xs"
            label="Artiste"
            value={answers.music.artist}
            onChange={(event) => answer('music', { ...answers.music, artist: event.currentTarget.value })}
            error={error('answers.music.artist')}
          />
        </Group>
        <Group gap="md" align="flex-end">
          <Text size="xs" fw={500}>
            Peurs :
          </Text>
          {(
            [
              ['needles', 'les aiguilles'],
              ['blood', 'le sang'],
              ['noise', 'le bruit'],
            ] as const
          ).map(([key, label]) => (
            <Checkbox
              key={key}
              size="xs"
              label={label}
              checked={answers.fears[key]}
              onChange={(event) => answer('fears', { ...answers.fears, [key]: event.currentTarget.checked })}
            />
          ))}
          <TextInput
            size="xs"
            aria-label="Autre peur"
            placeholder="autre peur"
            style={{ flex: 1 }}
            value={answers.fears.other}
            onChange={(event) => answer('fears', { ...answers.fears, other: event.currentTarget.value })}
            error={error('answers.fears.other')}
          />
        </Group>
        <Textarea
          size="xs"
          label="De quoi aime-t-il ou elle parler"
          autosize
          minRows={1}
          maxRows={4}
          value={answers.talkingPoints}
          onChange={(event) => answer('talkingPoints', event.currentTarget.value)}
          error={error('answers.talkingPoints')}
        />
        <Group grow gap="xs">
          <TextInput
            size="xs"
            label="Qui appeler après"
            value={answers.callAfter.name}
            onChange={(event) => answer('callAfter', { ...answers.callAfter, name: event.currentTarget.value })}
            error={error('answers.callAfter.name')}
          />
          <TextInput
            size="xs"
            label="À quel numéro"
            value={answers.callAfter.phone}
            onChange={(event) => answer('callAfter', { ...answers.callAfter, phone: event.currentTarget.value })}
            error={error('answers.callAfter.phone')}
          />
        </Group>
        <TextInput
          size="xs"
          label="Notes de l’appel"
          value={draft.notes}
          onChange={(event) => setDraft({ ...draft, notes: event.currentTarget.value })}
          error={error('notes')}
        />
        {entry.attempts.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="day-before-attempts">
            Essais :{' '}
            {entry.attempts
              .map(
                (attempt) =>
                  `${frDateTime(attempt.at)} ${attempt.reached ? 'joint' : 'pas de réponse'} (${attempt.by})${
                    attempt.notes ? ` « ${attempt.notes} »` : ''
                  }`,
              )
              .join(' ; ')}
          </Text>
        )}
        {entry.state === 'joint' && (
          <Alert color="teal" py={4}>
            Déjà joint : un nouvel enregistrement corrige les réponses.
          </Alert>
        )}
        <ErrorAlert error={record.error} />
        <Group gap="xs">
          <Button size="xs" color="teal" onClick={() => save(true)} loading={record.isPending} title="Alt+J">
            Joint : enregistrer les réponses
          </Button>
          <Button size="xs" variant="default" onClick={() => save(false)} disabled={record.isPending} title="Alt+N">
            Pas de réponse
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
