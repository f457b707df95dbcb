import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { fr } from 'date-fns/locale';
import { useState } from 'react';
import { Calendar, dateFnsLocalizer, type View } from 'react-big-calendar';
import dragAndDropModule, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import type { Appointment } from '../../electron/api/schemas/agenda';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../ui/errors';
import { practitionerChoices } from '../patients/practitioner-choices';

/** react-big-calendar (MIT) with date-fns in French; times shown as the browser's, which is the practice's. */
const localizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (date: Date) => startOfWeek(date, { weekStartsOn: 1 }),
  getDay,
  locales: { fr },
});
// The addon is CommonJS: bundled, its default export can arrive wrapped once more.
const withDragAndDrop =
  typeof dragAndDropModule === 'function'
    ? dragAndDropModule
    : (dragAndDropModule as unknown as { default: typeof dragAndDropModule }).default;
const DragCalendar = withDragAndDrop<CalendarEvent>(Calendar);

interface CalendarEvent {
  readonly id: number;
  readonly title: string;
  readonly start: Date;
  readonly end: Date;
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const toEvent = (appointment: Appointment): CalendarEvent => ({
  id: appointment.id,
  title: `${appointment.patientName} — ${appointment.motifLabel}`,
  start: new Date(`${appointment.date}T${appointment.time}:00`),
  end: new Date(`${appointment.date}T${appointment.endTime}:00`),
});

const MESSAGES = {
  today: 'Aujourd’hui',
  previous: '‹',
  next: '›',
  week: 'Semaine',
  day: 'Jour',
  work_week: 'Semaine de travail',
  noEventsInRange: 'Aucun rendez-vous.',
};

/**
 * Semaine (issue 12): one practitioner's week or day; an appointment dragged to another time is
 * moved only once the move is confirmed, with its reason (never on a slip of the mouse).
 */
export function WeekView() {
  const practitioners = useApiQuery('practitioners.list', {});
  const [chosen, setChosen] = useState<number | null>(null);
  const practitionerId = chosen ?? practitioners.data?.[0]?.id ?? null;
  const [date, setDate] = useState(() => new Date());
  const [view, setView] = useState<View>('work_week');
  const from = startOfWeek(date, { weekStartsOn: 1 });
  const to = new Date(from.getTime() + 6 * 86_400_000);
  const week = useApiQuery(
    'agenda.week',
    { practitionerId: practitionerId ?? 0, from: iso(from), to: iso(to) },
    { enabled: practitionerId !== null },
  );
  const move = useApiMutation('agenda.move', ['agenda.week', 'agenda.day', 'agenda.findSlots']);
  // The move waiting for confirmation: dropped there by the mouse, or chosen by a click and typed.
  const [pending, setPending] = useState<{ event: CalendarEvent; date: string; time: string } | null>(null);
  const [reason, setReason] = useState('');
  const onDrop = ({ event, start }: EventInteractionArgs<CalendarEvent>) => {
    const at = new Date(start);
    setPending({ event, date: format(at, 'dd/MM/yyyy'), time: format(at, 'HH:mm') });
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <NativeSelect
          size="xs"
          w={240}
          aria-label="Praticien de la semaine"
          value={practitionerId === null ? '' : String(practitionerId)}
          data={practitionerChoices(practitioners.data)}
          onChange={(event) => setChosen(Number(event.currentTarget.value) || null)}
        />
        <Text size="xs" c="dimmed">
          Glisser un rendez-vous, ou le choisir, pour le déplacer (confirmation demandée) ; ← → changent de semaine.
        </Text>
      </Group>
      {pending && (
        <Alert color="yellow" data-testid="move-confirmation">
          <Group gap="xs">
            <Text size="sm">Déplacer « {pending.event.title} » au</Text>
            <TextInput
              size="xs"
              w={110}
              aria-label="Jour du déplacement"
              value={pending.date}
              onChange={(event) => setPending({ ...pending, date: event.currentTarget.value })}
            />
            <Text size="sm">à</Text>
            <TextInput
              size="xs"
              w={70}
              aria-label="Heure du déplacement"
              value={pending.time}
              onChange={(event) => setPending({ ...pending, time: event.currentTarget.value })}
            />
            <TextInput
              size="xs"
              placeholder="raison du déplacement"
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Button
              size="compact-sm"
              onClick={() =>
                move.mutate(
                  { id: pending.event.id, date: pending.date, time: pending.time, reason },
                  {
                    onSuccess: () => {
                      setPending(null);
                      setReason('');
                    },
                  },
                )
              }
            >
              Confirmer
            </Button>
            <Button size="compact-sm" variant="subtle" onClick={() => setPending(null)}>
              Annuler
            </Button>
          </Group>
        </Alert>
      )}
      <ErrorAlert error={week.error ?? move.error} />
      <div
        style={{ height: 620 }}
        tabIndex={0}
        onKeyDown={(event) => {
          if (event.key === 'ArrowLeft' || event.key === 'ArrowRight')
            setDate(new Date(date.getTime() + (event.key === 'ArrowLeft' ? -7 : 7) * 86_400_000));
        }}
      >
        <DragCalendar
          localizer={localizer}
          culture="fr"
          messages={MESSAGES}
          events={(week.data ?? []).map(toEvent)}
          date={date}
          onNavigate={setDate}
          view={view}
          views={['work_week', 'week', 'day']}
          onView={setView}
          step={10}
          timeslots={3}
          min={new Date(1970, 0, 1, 7, 0)}
          max={new Date(1970, 0, 1, 20, 0)}
          onEventDrop={onDrop}
          onSelectEvent={(event) => {
            setPending({ event, date: format(event.start, 'dd/MM/yyyy'), time: format(event.start, 'HH:mm') });
          }}
          resizable={false}
        />
      </div>
    </Stack>
  );
}
