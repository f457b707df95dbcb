import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { DayAfterThresholds } from '../../electron/api/common/schemas/day-after-calls';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { dayAfterKeys } from '../api/query-keys';
import { ErrorAlert, fieldError } from '../ui/errors';

/**
 * Cabinet › Suivi J+1 (issue 26 item 3): the answers that raise the surgeon's alert, and the hour
 * after which a patient not reached is flagged. A surgeon's decision: the others read them.
 */
export function DayAfterThresholdsPanel({ editable }: { editable: boolean }) {
  const current = useApiQuery('dayAfterCalls.thresholds', {});
  if (!current.data) return <ErrorAlert error={current.error} />;
  return <ThresholdsEditor key={JSON.stringify(current.data)} saved={current.data} editable={editable} />;
}

/** The thresholds as typed (« 38,5 »), read as numbers when saved. */
const typedOf = (saved: DayAfterThresholds) => ({
  painAtLeast: String(saved.painAtLeast),
  temperatureAtLeast: saved.temperatureAtLeast.toLocaleString('fr-FR'),
  noAnswerBy: saved.noAnswerBy,
});
const decimal = (typed: string): number => Number(typed.trim().replace(',', '.'));

const FIELDS = [
  ['painAtLeast', 'Douleur à partir de (sur 10)'],
  ['temperatureAtLeast', 'Température à partir de (°C)'],
  ['noAnswerBy', '« Non joint » signalé après'],
] as const;

function ThresholdsEditor({ saved, editable }: { saved: DayAfterThresholds; editable: boolean }) {
  const [typed, setTyped] = useState(() => typedOf(saved));
  const save = useApiMutation('dayAfterCalls.setThresholds', [dayAfterKeys.thresholds(), dayAfterKeys.list()]);
  const dirty = JSON.stringify(typed) !== JSON.stringify(typedOf(saved));
  return (
    <Paper withBorder p="sm" maw={720} data-testid="day-after-thresholds">
      <Stack gap="xs">
        <Title order={4}>Suivi du lendemain (J+1) : seuils d’alerte</Title>
        <Text size="sm" c="dimmed">
          Une réponse à ces seuils ou au-delà met une demande « Suivi J+1 : alerte » en tête de la file du secrétariat
          et dans « À revoir » du chirurgien. Toujours en alerte : saignement qui traverse le pansement, doigt blanc,
          bleu, froid, ou qui ne sent plus.
        </Text>
        <Group gap="sm" align="flex-start">
          {FIELDS.map(([field, label]) => (
            <TextInput
              key={field}
              size="xs"
              w={200}
              label={label}
              value={typed[field]}
              disabled={!editable}
              onChange={(event) => setTyped({ ...typed, [field]: event.currentTarget.value })}
              error={fieldError(save.error, field)}
            />
          ))}
        </Group>
        {editable && dirty && (
          <Group gap={4}>
            <Button
              size="compact-sm"
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  painAtLeast: decimal(typed.painAtLeast),
                  temperatureAtLeast: decimal(typed.temperatureAtLeast),
                  noAnswerBy: typed.noAnswerBy,
                })
              }
            >
              Enregistrer les seuils
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setTyped(typedOf(saved))}>
              Annuler
            </Button>
          </Group>
        )}
        {!editable && (
          <Text size="xs" c="dimmed">
            Réglés par les chirurgiens.
          </Text>
        )}
        <ErrorAlert error={save.error} />
      </Stack>
    </Paper>
  );
}
