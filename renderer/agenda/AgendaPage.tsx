import { Anchor, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { DayList } from './DayList';
import { SlotFinder } from './SlotFinder';

const isoToday = () => new Date().toISOString().slice(0, 10);

/** Secrétariat › Rendez-vous (issue 12, started): find and book a slot, then the practitioner's day. */
export function AgendaPage() {
  const [view, setView] = useState<{ practitionerId: number | null; date: string }>({
    practitionerId: null,
    date: isoToday(),
  });
  return (
    <Stack gap="sm">
      <Group gap="md" align="baseline">
        <Title order={3}>Rendez-vous</Title>
        <Anchor href="#/secretariat" size="sm">
          Boîte de réception
        </Anchor>
        <Anchor href="#/secretariat/salle-attente" size="sm">
          Salle d’attente
        </Anchor>
      </Group>
      <Group align="flex-start" grow wrap="nowrap">
        <SlotFinder onBooked={(date, practitionerId) => setView({ date, practitionerId })} />
        <DayList
          key={`${view.practitionerId ?? 0}-${view.date}`}
          practitionerId={view.practitionerId}
          date={view.date}
          onChange={setView}
        />
      </Group>
    </Stack>
  );
}
