import { Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { fr } from 'date-fns/locale';
import { useState, type KeyboardEvent } from 'react';
import { Calendar, dateFnsLocalizer, type View } from 'react-big-calendar';
import dragAndDropModule, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import type { Appointment } from '../../electron/api/common/schemas/agenda';
import { frDate } from '../../electron/api/common/french';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { ErrorAlert } from '../ui/errors';
import { usePractitioners } from '../patients/practitioner-choices';
import { CALENDAR_FORMATS, gridRows } from './calendar-formats';
import { MoveConfirmation } from './MoveConfirmation';

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
  /** The whole line, for the tooltip and the move's confirmation. */
  readonly title: string;
  /** « MEUNIER Léa (12/03/1961) », first in the box so that a short appointment still shows whose it is. */
  readonly who: string;
  readonly detail: string;
  readonly start: Date;
  readonly end: Date;
}

/** One appointment in the grid: its time and the patient on the first line, the rest after (issue 22). */
function EventBox({ event }: { event: CalendarEvent }) {
  return (
    <div className="paume-week-event">
      <b>{format(event.start, 'HH:mm')}</b> {event.who}
      {event.detail && <span className="paume-week-event-detail"> — {event.detail}</span>}
    </div>
  );
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
/** In a room's view each appointment says whose it is; in a practitioner's, where it is. */
function toEvent(appointment: Appointment, practitionerName: ((id: number) => string) | null): CalendarEvent {
  const who = `${appointment.patientName} (${frDate(appointment.patientBirthDate)})`;
  const detail = [
    appointment.motifLabel,
    practitionerName ? practitionerName(appointment.practitionerId) : appointment.room,
  ]
    .filter(Boolean)
    .join(' — ');
  return {
    id: appointment.id,
    title: [who, detail].filter(Boolean).join(' — '),
    who,
    detail,
    start: new Date(`${appointment.date}T${appointment.time}:00`),
    end: new Date(`${appointment.date}T${appointment.endTime}:00`),
  };
}

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
  const practitioners = usePractitioners();
  // Dragged on the practice's grid (issue 24 point 10), the one every booking starts on.
  const grid = gridRows(useApiQuery('practice.get', {}).data?.agendaGridMinutes ?? 5);
  const rooms = useApiQuery('agenda.rooms', {});
  // Per practitioner, or per room (every practitioner who consults in it).
  const [by, setBy] = useState<'practitioner' | 'room'>('practitioner');
  const [chosen, setChosen] = useState<number | null>(null);
  const practitionerId = chosen ?? practitioners.fallbackId;
  const [chosenRoom, setChosenRoom] = useState<string | null>(null);
  const room = chosenRoom ?? rooms.data?.[0] ?? null;
  const [date, setDate] = useState(() => new Date());
  const [view, setView] = useState<View>('work_week');
  const from = startOfWeek(date, { weekStartsOn: 1 });
  const to = new Date(from.getTime() + 6 * 86_400_000);
  const practitionerWeek = useApiQuery(
    'agenda.week',
    { practitionerId: practitionerId ?? 0, from: iso(from), to: iso(to) },
    { enabled: by === 'practitioner' && practitionerId !== null },
  );
  const roomWeek = useApiQuery(
    'agenda.roomWeek',
    { room: room ?? '', from: iso(from), to: iso(to) },
    { enabled: by === 'room' && room !== null },
  );
  const week = by === 'room' ? roomWeek : practitionerWeek;
  const nameOf = (id: number) => practitioners.choices.find((choice) => choice.value === String(id))?.label ?? '';
  const events = (week.data ?? []).map((appointment) => toEvent(appointment, by === 'room' ? nameOf : null));
  const move = useApiMutation('agenda.move', [
    agendaKeys.weeks(),
    agendaKeys.roomWeeks(),
    agendaKeys.day(),
    agendaKeys.slots(),
  ]);
  // The move waiting for confirmation: dropped there by the mouse, or chosen by a click and typed.
  const [pending, setPending] = useState<{ event: CalendarEvent; date: string; time: string } | null>(null);
  const onDrop = ({ event, start }: EventInteractionArgs<CalendarEvent>) => {
    const at = new Date(start);
    setPending({ event, date: format(at, 'dd/MM/yyyy'), time: format(at, 'HH:mm') });
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <SegmentedControl
          size="xs"
          transitionDuration={0}
          value={by}
          onChange={(value) => setBy(value === 'room' ? 'room' : 'practitioner')}
          data={[
            { value: 'practitioner', label: 'Par praticien' },
            { value: 'room', label: 'Par salle' },
          ]}
        />
        {by === 'practitioner' ? (
          <NativeSelect
            size="xs"
            w={240}
            aria-label="Praticien de la semaine"
            value={practitionerId === null ? '' : String(practitionerId)}
            data={practitioners.choices}
            onChange={(event) => setChosen(Number(event.currentTarget.value) || null)}
          />
        ) : (
          <NativeSelect
            size="xs"
            w={240}
            aria-label="Salle de la semaine"
            value={room ?? ''}
            data={rooms.data?.length ? rooms.data : [{ value: '', label: 'aucune salle nommée (Cabinet › Agenda)' }]}
            onChange={(event) => setChosenRoom(event.currentTarget.value || null)}
          />
        )}
        <Text size="xs" c="dimmed">
          Glisser un rendez-vous, ou le choisir (Tab, Entrée), pour le déplacer (confirmation demandée) ; ← → changent
          de semaine (de jour en vue Jour).
        </Text>
      </Group>
      {pending && (
        <MoveConfirmation
          key={`${pending.event.id}-${pending.date}-${pending.time}`}
          title={pending.event.title}
          initial={{ date: pending.date, time: pending.time }}
          onConfirm={(target, reason) =>
            move.mutate({ id: pending.event.id, ...target, reason }, { onSuccess: () => setPending(null) })
          }
          onCancel={() => setPending(null)}
        />
      )}
      <ErrorAlert error={week.error ?? move.error} />
      <div
        className="paume-week"
        // As tall as the window allows: a whole day shows at 1920 × 1080 without scrolling.
        style={{ height: 'max(520px, calc(100vh - 240px))', ['--paume-slot-group' as string]: grid.groupHeight }}
        tabIndex={0}
        onKeyDown={(event) => {
          // ← → go one day in the day view, one week otherwise; Tab reaches each appointment, Entrée moves it.
          if (event.key === 'ArrowLeft' || event.key === 'ArrowRight')
            setDate(
              new Date(date.getTime() + (event.key === 'ArrowLeft' ? -1 : 1) * (view === 'day' ? 1 : 7) * 86_400_000),
            );
        }}
      >
        <DragCalendar
          // Mounted again once the week has loaded, so it scrolls to the first appointment.
          key={`${by}-${room ?? ''}-${practitionerId ?? 0}-${week.isSuccess ? 'chargée' : 'attente'}`}
          localizer={localizer}
          culture="fr"
          messages={MESSAGES}
          formats={CALENDAR_FORMATS}
          components={{ event: EventBox }}
          events={events}
          date={date}
          onNavigate={setDate}
          view={view}
          views={['work_week', 'week', 'day']}
          onView={setView}
          step={grid.step}
          timeslots={grid.timeslots}
          min={new Date(1970, 0, 1, Math.min(7, ...events.map((event) => event.start.getHours())), 0)}
          max={new Date(1970, 0, 1, 23, 59)}
          // Opens on the week's first appointment (an evening emergency is not left below the fold).
          scrollToTime={new Date(1970, 0, 1, events.length ? Math.min(...events.map((e) => e.start.getHours())) : 8, 0)}
          onEventDrop={onDrop}
          onKeyPressEvent={(event, keyEvent) => {
            if ((keyEvent as KeyboardEvent<HTMLElement>).key === 'Enter')
              setPending({ event, date: format(event.start, 'dd/MM/yyyy'), time: format(event.start, 'HH:mm') });
          }}
          onSelectEvent={(event) => {
            setPending({ event, date: format(event.start, 'dd/MM/yyyy'), time: format(event.start, 'HH:mm') });
          }}
          resizable={false}
        />
      </div>
    </Stack>
  );
}
