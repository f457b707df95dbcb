import { Checkbox, Chip, Group, Text, TextInput } from '@mantine/core';
import { frDate } from '../../electron/api/common/french';

const WEEKDAY_SHORT = ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'];

interface Constraints {
  mornings: boolean;
  afternoons: boolean;
  /** ISO weekdays, « 1 » for Monday. */
  notWeekdays: string[];
  /** The « pas avant le » date once it reads as one (ISO), else null. */
  after: string | null;
}

/** The patient's constraints as the waiting list keeps them (« le matin ; pas le lun »). */
export function constraintsNote({ mornings, afternoons, notWeekdays, after }: Constraints): string {
  return [
    mornings ? 'le matin' : '',
    afternoons ? 'l’après-midi' : '',
    notWeekdays.length ? `pas le ${notWeekdays.map((day) => WEEKDAY_SHORT[Number(day) - 1]).join(', ')}` : '',
    after ? `pas avant le ${frDate(after)}` : '',
  ]
    .filter(Boolean)
    .join(' ; ');
}

/** The finder's constraints row: mornings, afternoons, days excluded, not before a date. */
export function SlotConstraints({
  mornings,
  setMornings,
  afternoons,
  setAfternoons,
  notWeekdays,
  setNotWeekdays,
  afterTyped,
  setAfterTyped,
  after,
}: Constraints & {
  setMornings: (value: boolean) => void;
  setAfternoons: (value: boolean) => void;
  setNotWeekdays: (value: string[]) => void;
  afterTyped: string;
  setAfterTyped: (value: string) => void;
}) {
  return (
    <Group gap="md">
      <Checkbox
        size="xs"
        label="le matin"
        checked={mornings}
        onChange={(event) => setMornings(event.currentTarget.checked)}
      />
      <Checkbox
        size="xs"
        label="l’après-midi"
        checked={afternoons}
        onChange={(event) => setAfternoons(event.currentTarget.checked)}
      />
      <Chip.Group multiple value={notWeekdays} onChange={setNotWeekdays}>
        <Group gap={4} aria-label="Jours exclus">
          <Text size="xs">pas le</Text>
          {WEEKDAY_SHORT.map((label, index) => (
            <Chip key={label} size="xs" value={String(index + 1)} color="red" variant="outline">
              {label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Group gap={4} wrap="nowrap">
        <Text size="xs">pas avant le</Text>
        <TextInput
          size="xs"
          w={110}
          aria-label="Pas avant le"
          placeholder="jj/mm/aaaa"
          value={afterTyped}
          onChange={(event) => setAfterTyped(event.currentTarget.value)}
          error={afterTyped.trim() && !after ? 'jj/mm/aaaa' : undefined}
        />
      </Group>
    </Group>
  );
}
