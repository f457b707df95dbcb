import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PlannedOccurrence, SeriesPattern } from '../../electron/api/common/schemas/agenda-series';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import { parseOffsets } from '../../electron/api/common/series-offsets';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { usePractitioners } from '../patients/practitioner-choices';
import { ErrorAlert } from '../ui/errors';
import { SeriesManager } from './SeriesManager';
import { SeriesOccurrences, type Choice } from './SeriesOccurrences';

const NOT_YET: SeriesPattern = { kind: 'weekly', firstDate: '2000-01-01', count: 2, everyWeeks: 1 };

/**
 * « Une série » from the finder (issue 24 point 15): every week or at delays after a date, each
 * occurrence checked like a single booking. One that falls on a holiday, an absence or a taken
 * slot is shown with the nearest free slot, and the series cannot be booked until the person has
 * taken that slot or dropped the occurrence: never silently kept.
 */
export function SeriesPlanner({
  patientId,
  motifId,
  practitionerId: asked,
  onClose,
}: {
  patientId: number;
  motifId: number;
  practitionerId: number | null;
  onClose: () => void;
}) {
  const practitioners = usePractitioners();
  const [practitionerId, setPractitionerId] = useState<number | null>(asked ?? practitioners.fallbackId);
  const [kind, setKind] = useState<SeriesPattern['kind']>('weekly');
  const [first, setFirst] = useState('');
  const [time, setTime] = useState('09:00');
  const [count, setCount] = useState(4);
  const [everyWeeks, setEveryWeeks] = useState(1);
  const [delays, setDelays] = useState('10 j, 6 sem, 3 mois');
  const [choices, setChoices] = useState<Choice[]>([]);
  const [booked, setBooked] = useState<number | null>(null);

  const firstDate = parseFrenchDate(first);
  const parsedDelays = parseOffsets(delays);
  const pattern: SeriesPattern | null =
    firstDate === null
      ? null
      : kind === 'weekly'
        ? { kind, firstDate, count, everyWeeks }
        : 'offsets' in parsedDelays
          ? { kind, fromDate: firstDate, offsets: parsedDelays.offsets }
          : null;
  // Until the pattern is whole the query waits; its input is then a placeholder never sent.
  const input = { patientId, motifId, practitionerId: practitionerId ?? 0, time, pattern: pattern ?? NOT_YET };
  const planned = useApiQuery('agenda.planSeries', input, {
    enabled: pattern !== null && practitionerId !== null && /^\d{2}:\d{2}$/.test(time),
  });
  const occurrences: readonly PlannedOccurrence[] = planned.data ?? [];
  const choiceOf = (index: number): Choice | null =>
    choices[index] ?? (occurrences[index]?.problem === null ? 'planned' : null);
  const unsettled = occurrences.filter((_, index) => choiceOf(index) === null).length;
  const settled = occurrences.flatMap((occurrence, index) => {
    const choice = choiceOf(index);
    if (choice === 'planned') return [occurrence];
    if (choice === 'alternative' && occurrence.alternative) return [occurrence.alternative];
    return [];
  });
  const book = useApiMutation('agenda.bookSeries', [
    agendaKeys.slots(),
    agendaKeys.day(),
    agendaKeys.weeks(),
    agendaKeys.ofPatient(),
  ]);
  const choose = (index: number, choice: Choice) =>
    setChoices((current) => Object.assign([...current], { [index]: choice }));

  if (booked !== null) return <SeriesManager seriesId={booked} onClose={onClose} />;
  return (
    <Paper withBorder p="xs" data-testid="series-planner">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600} size="sm">
            Une série de rendez-vous
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={onClose}>
            Fermer
          </Button>
        </Group>
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(value) => {
            setKind(value);
            setChoices([]);
          }}
          data={[
            { value: 'weekly', label: 'Chaque semaine' },
            { value: 'after', label: 'Après une date (opération)' },
          ]}
        />
        <Group gap="xs" align="flex-end">
          <NativeSelect
            size="xs"
            w={170}
            label="Praticien"
            data={[{ value: '', label: '—' }, ...practitioners.choices]}
            value={practitionerId === null ? '' : String(practitionerId)}
            onChange={(event) => setPractitionerId(Number(event.currentTarget.value) || null)}
          />
          <TextInput
            size="xs"
            w={110}
            label={kind === 'weekly' ? 'Premier le' : 'Après le'}
            placeholder="jj/mm/aaaa"
            value={first}
            error={first.trim() && firstDate === null ? 'date jj/mm/aaaa' : undefined}
            onChange={(event) => {
              setFirst(event.currentTarget.value);
              setChoices([]);
            }}
          />
          <TextInput
            size="xs"
            w={70}
            label="Heure"
            value={time}
            onChange={(event) => {
              setTime(event.currentTarget.value);
              setChoices([]);
            }}
          />
          {kind === 'weekly' ? (
            <>
              <NumberInput
                size="xs"
                w={80}
                label="Nombre"
                min={2}
                max={12}
                value={count}
                onChange={(value) => setCount(Number(value) || 2)}
              />
              <NumberInput
                size="xs"
                w={110}
                label="Toutes les (sem.)"
                min={1}
                max={8}
                value={everyWeeks}
                onChange={(value) => setEveryWeeks(Number(value) || 1)}
              />
            </>
          ) : (
            <TextInput
              size="xs"
              w={200}
              label="Délais"
              value={delays}
              error={'error' in parsedDelays ? parsedDelays.error : undefined}
              onChange={(event) => {
                setDelays(event.currentTarget.value);
                setChoices([]);
              }}
            />
          )}
        </Group>
        <ErrorAlert error={planned.error ?? book.error} />
        <SeriesOccurrences occurrences={occurrences} choiceOf={choiceOf} choose={choose} />
        {occurrences.length > 0 && (
          <Group gap="xs">
            <Button
              size="xs"
              disabled={unsettled > 0 || settled.length === 0 || book.isPending}
              onClick={() =>
                book.mutate(
                  {
                    patientId,
                    motifId,
                    occurrences: settled.map(({ date, time: at, practitionerId: who }) => ({
                      date,
                      time: at,
                      practitionerId: who,
                    })),
                  },
                  {
                    onSuccess: (series) => {
                      notifications.show({
                        color: 'teal',
                        message: `Série réservée : ${series.appointments.length} rendez-vous.`,
                      });
                      setBooked(series.id);
                    },
                  },
                )
              }
            >
              {`Réserver la série (${settled.length} rendez-vous)`}
            </Button>
            {unsettled > 0 && (
              <Text size="xs" c="orange.9" role="status">
                {unsettled === 1
                  ? 'Un rendez-vous ne peut pas être pris tel quel : prenez le créneau proposé ou retirez-le.'
                  : `${unsettled} rendez-vous ne peuvent pas être pris tels quels : prenez le créneau proposé ou retirez-les.`}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
