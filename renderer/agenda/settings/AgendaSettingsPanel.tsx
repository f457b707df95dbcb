import { Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { usePractitioners } from '../../patients/practitioner-choices';
import { ExceptionsSettings } from './ExceptionsSettings';
import { MotifsSettings } from './MotifsSettings';
import { WeekSettings } from './WeekSettings';

/** Cabinet › Agenda (issue 12): the motifs, each practitioner's week, the days that break it. */
export function AgendaSettingsPanel() {
  const practitioners = usePractitioners();
  const [practitionerId, setPractitionerId] = useState<number | null>(null);
  const chosen = practitionerId ?? practitioners.fallbackId;
  return (
    <Stack gap="sm" maw={1200}>
      <MotifsSettings names={practitioners.choices} />
      <Paper withBorder p="sm">
        <Group gap="xs" mb={4}>
          <Text fw={600}>Semaine type de</Text>
          <NativeSelect
            size="xs"
            w={240}
            aria-label="Praticien"
            data={practitioners.choices}
            value={chosen === null ? '' : String(chosen)}
            onChange={(event) => setPractitionerId(Number(event.currentTarget.value) || null)}
          />
        </Group>
        {chosen !== null && <WeekSettings key={chosen} practitionerId={chosen} />}
        <ExceptionsSettings practitionerId={chosen} names={practitioners.choices} />
      </Paper>
    </Stack>
  );
}
