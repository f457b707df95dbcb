import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { frDate, frDateTime } from '../../electron/api/common/french';
import {
  BLEEDING,
  BLEEDING_LABELS,
  DRESSING_LABELS,
  DRESSINGS,
  FEELING,
  FEELING_LABELS,
  FINGER_COLOUR_LABELS,
  FINGER_COLOURS,
  WARMTH,
  WARMTH_LABELS,
  dayAfterSummary,
  type DayAfterEntry,
} from '../../electron/api/common/schemas/day-after-calls';
import { ANAESTHESIA_LABELS } from '../../electron/api/common/schemas/theatre';
import { useApiMutation } from '../api/hooks';
import { dayAfterKeys, inboxKeys, theatreKeys } from '../api/query-keys';
import { ErrorAlert, fieldError } from '../ui/errors';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';
import { CalledPatient } from './CalledPatient';
import {
  answersFrom,
  dropDayAfterDraft,
  emptyDayAfterDraft,
  keepDayAfterDraft,
  keptDayAfterDraft,
  parseTemperature,
  type DayAfterDraft,
} from './day-after-draft';

/** One question answered by one choice among a few, unanswered until the patient says. */
function Choice<T extends string>({
  label,
  values,
  labels,
  value,
  onChange,
  error,
}: {
  label: string;
  values: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T | null;
  onChange: (value: T) => void;
  error?: string | undefined;
}) {
  return (
    <Radio.Group
      size="xs"
      label={label}
      value={value ?? ''}
      error={error}
      onChange={(next) => {
        const found = values.find((candidate) => candidate === next);
        if (found) onChange(found);
      }}
    >
      <Group gap="sm" mt={2}>
        {values.map((choice) => (
          <Radio key={choice} size="xs" value={choice} label={labels[choice]} />
        ))}
      </Group>
    </Radio.Group>
  );
}

const PAIN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;
const PAIN_LABELS = Object.fromEntries(PAIN.map((value) => [value, value])) as Record<(typeof PAIN)[number], string>;
const YES_NO = ['non', 'oui'] as const;

/**
 * One J+1 call (issue 26 item 3), beside the list: the short structured questions of the day
 * after, each unanswered until asked. « Joint » (Alt+J) records them: answers past the practice's
 * thresholds put a request for the surgeon at the top of the queue, said here at once.
 * « Pas de réponse » (Alt+N) counts an attempt.
 */
export function DayAfterForm({ entry }: { entry: DayAfterEntry }) {
  const [draft, setDraftState] = useState<DayAfterDraft>(() => keptDayAfterDraft(entry.caseId) ?? emptyDayAfterDraft());
  const setDraft = (next: DayAfterDraft) => {
    keepDayAfterDraft(entry.caseId, next);
    setDraftState(next);
  };
  const set = <K extends keyof DayAfterDraft>(key: K, value: DayAfterDraft[K]) => setDraft({ ...draft, [key]: value });
  const record = useApiMutation('dayAfterCalls.record', [dayAfterKeys.list(), theatreKeys.day(), inboxKeys.queue()]);
  // Once « Joint » was pressed too early, what is still to ask follows the answers as they come.
  const [triedEarly, setTriedEarly] = useState(false);
  const ready = answersFrom(draft);
  const missing = triedEarly && 'missing' in ready ? ready.missing : [];

  function save(reached: boolean) {
    if (record.isPending) return;
    let answers = null;
    if (reached) {
      if ('missing' in ready) {
        setTriedEarly(true);
        return;
      }
      answers = ready.answers;
    }
    record.mutate(
      { caseId: entry.caseId, reached, answers, notes: draft.notes },
      {
        onSuccess: (result) => {
          // The list read again gives the new attempt: the form remounts on it, its alert shown below.
          if (reached) dropDayAfterDraft(entry.caseId);
          else setDraft({ ...draft, notes: '' });
          notifications.show({
            color: result.alerts.length > 0 ? 'red' : undefined,
            message: !reached
              ? `${entry.patient.name} : pas de réponse, à rappeler.`
              : result.alerts.length > 0
                ? `${entry.patient.name} : ALERTE transmise au chirurgien (${result.alerts.join(', ')}).`
                : `${entry.patient.name} : suivi rassurant, enregistré.`,
          });
        },
      },
    );
  }
  usePhysicalHotkeys(
    [
      ['alt+J', () => save(true)],
      ['alt+N', () => save(false)],
    ],
    [],
  );
  const error = (field: string) => fieldError(record.error, field);
  const typedTemperature = draft.temperature.trim();
  const temperatureError =
    !draft.noThermometer && typedTemperature !== '' && parseTemperature(typedTemperature) === null
      ? 'Température : un nombre, par exemple 37,8'
      : error('answers.temperature');
  const lastAlerts = entry.attempts.findLast((attempt) => attempt.reached)?.alerts ?? [];

  return (
    <Paper withBorder p="sm" data-testid="day-after-form">
      <Stack gap={8}>
        <CalledPatient patient={entry.patient}>
          Opéré(e) le {frDate(entry.operatedOn)} : {entry.procedure} · {ANAESTHESIA_LABELS[entry.plannedAnaesthesia]}
        </CalledPatient>
        <Choice
          label="Douleur, de 0 (aucune) à 10 (la pire)"
          values={PAIN}
          labels={PAIN_LABELS}
          value={draft.pain === null ? null : (String(draft.pain) as (typeof PAIN)[number])}
          onChange={(value) => set('pain', Number(value))}
          error={error('answers.pain')}
        />
        <Group gap="sm" align="flex-end">
          <TextInput
            size="xs"
            w={140}
            label="Température (°C)"
            placeholder="37,2"
            value={draft.temperature}
            disabled={draft.noThermometer}
            onChange={(event) => set('temperature', event.currentTarget.value)}
            error={temperatureError}
          />
          <Checkbox
            size="xs"
            mb={6}
            label="pas de thermomètre"
            checked={draft.noThermometer}
            onChange={(event) => set('noThermometer', event.currentTarget.checked)}
          />
        </Group>
        <Choice
          label="Saignement"
          values={BLEEDING}
          labels={BLEEDING_LABELS}
          value={draft.bleeding}
          onChange={(value) => set('bleeding', value)}
        />
        <Choice
          label="Couleur des doigts"
          values={FINGER_COLOURS}
          labels={FINGER_COLOUR_LABELS}
          value={draft.fingerColour}
          onChange={(value) => set('fingerColour', value)}
        />
        <Group gap="xl" align="flex-start">
          <Choice
            label="Chaleur des doigts"
            values={WARMTH}
            labels={WARMTH_LABELS}
            value={draft.warmth}
            onChange={(value) => set('warmth', value)}
          />
          <Choice
            label="Nausées"
            values={YES_NO}
            labels={{ non: 'non', oui: 'oui' }}
            value={draft.nausea === null ? null : draft.nausea ? 'oui' : 'non'}
            onChange={(value) => set('nausea', value === 'oui')}
          />
        </Group>
        <Choice
          label="Sensibilité des doigts"
          values={FEELING}
          labels={FEELING_LABELS}
          value={draft.feeling}
          onChange={(value) => set('feeling', value)}
        />
        <Choice
          label="Pansement"
          values={DRESSINGS}
          labels={DRESSING_LABELS}
          value={draft.dressing}
          onChange={(value) => set('dressing', value)}
        />
        <Textarea
          size="xs"
          label="Questions du patient (lues par le protocole de tri)"
          autosize
          minRows={1}
          maxRows={4}
          value={draft.questions}
          onChange={(event) => set('questions', event.currentTarget.value)}
          error={error('answers.questions')}
        />
        <TextInput
          size="xs"
          label="Notes de l’appel"
          value={draft.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={error('notes')}
        />
        {entry.attempts.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="day-after-attempts">
            Essais :{' '}
            {entry.attempts
              .map(
                (attempt) =>
                  `${frDateTime(attempt.at)} ${attempt.reached ? 'joint' : 'pas de réponse'} (${attempt.by})${
                    attempt.answers ? ` : ${dayAfterSummary(attempt.answers)}` : ''
                  }${attempt.notes ? ` « ${attempt.notes} »` : ''}`,
              )
              .join(' ; ')}
          </Text>
        )}
        {(entry.state === 'rassurant' || entry.state === 'alerte') && (
          <Text size="xs" c="dimmed">
            Déjà joint : un nouvel enregistrement ajoute un appel, le premier reste au dossier.
          </Text>
        )}
        {missing.length > 0 && (
          <Alert color="orange" py={4} data-testid="day-after-missing">
            À demander avant d’enregistrer : {missing.join(', ')}.
          </Alert>
        )}
        {lastAlerts.length > 0 && (
          <Alert color="red" py={4} data-testid="day-after-alert">
            Alerte transmise au chirurgien, en tête de la file du secrétariat : {lastAlerts.join(', ')}.
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
