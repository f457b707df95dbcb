import { Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { parisToday } from '../../electron/api/common/paris-day';
import { useSearchParams } from 'react-router';
import { categorySchema } from '../../electron/api/common/schemas/inbox-protocol';
import { CoveredAppointments } from './CoveredAppointments';
import { DayList } from './DayList';
import { RemindersButton } from './RemindersButton';
import { SlotFinder } from './SlotFinder';
import { WaitingListPanel } from './WaitingListPanel';
import { WeekView } from './WeekView';
import { SecretariatLinks } from '../shell/SecretariatLinks';

/** Secrétariat › Rendez-vous (issue 12, started): find and book a slot, then the practitioner's day. */
export function AgendaPage() {
  // From an inbox message (« Prendre rendez-vous »): the finder starts with its patient and urgency.
  const [searchParams] = useSearchParams();
  const [mode, setMode] = useState<'trouver' | 'semaine'>('trouver');
  const [view, setView] = useState<{ practitionerId: number | null; date: string }>({
    practitionerId: null,
    date: parisToday(),
  });
  return (
    <Stack gap="sm">
      <Group gap="md" align="baseline">
        <Title order={3}>Rendez-vous</Title>
        <SecretariatLinks current="/secretariat/rendez-vous" />
        <RemindersButton />
      </Group>
      <CoveredAppointments />
      <SegmentedControl
        size="xs"
        w={320}
        value={mode}
        onChange={(value) => setMode(value)}
        data={[
          { value: 'trouver', label: 'Trouver et réserver' },
          { value: 'semaine', label: 'Semaine' },
        ]}
      />
      {mode === 'semaine' ? (
        <WeekView />
      ) : (
        <Group align="flex-start" grow wrap="nowrap">
          <Stack gap="sm">
            <SlotFinder
              // Opened again from the waiting list or a file: the finder starts over on that patient.
              key={searchParams.toString()}
              onBooked={(date, practitionerId) => setView({ date, practitionerId })}
              from={{
                messageId: Number(searchParams.get('message')) || null,
                patientId: Number(searchParams.get('patient')) || null,
                motifId: Number(searchParams.get('motif')) || null,
                urgency: categorySchema.safeParse(searchParams.get('urgence')).data ?? null,
                after: /^\d{4}-\d{2}-\d{2}$/.test(searchParams.get('apres') ?? '') ? searchParams.get('apres') : null,
                moveId: Number(searchParams.get('deplacer')) || null,
                moveReason: searchParams.get('raison'),
              }}
            />
            <WaitingListPanel />
          </Stack>
          <DayList
            key={`${view.practitionerId ?? 0}-${view.date}`}
            practitionerId={view.practitionerId}
            date={view.date}
            onChange={setView}
          />
        </Group>
      )}
    </Stack>
  );
}
