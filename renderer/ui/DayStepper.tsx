import { Button, TextInput } from '@mantine/core';
import { frDate } from '../../electron/api/common/french';
import { shiftDay } from '../../electron/api/common/paris-day';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';

/**
 * A day typed JJ/MM/AAAA with a button either side. The text is kept as typed (a half-typed date
 * is not thrown away); `day` is the last valid one, which the buttons step from.
 */
export function DayStepper(props: {
  day: string;
  dayText: string;
  onChange: (text: string) => void;
  label: string;
  previous: string;
  next: string;
}) {
  const { day, dayText, onChange } = props;
  return (
    <>
      <Button size="compact-sm" variant="default" onClick={() => onChange(frDate(shiftDay(day, -1)))}>
        {props.previous}
      </Button>
      <TextInput
        size="xs"
        aria-label={props.label}
        value={dayText}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={parseFrenchDate(dayText) ? undefined : 'jj/mm/aaaa'}
        w={120}
      />
      <Button size="compact-sm" variant="default" onClick={() => onChange(frDate(shiftDay(day, 1)))}>
        {props.next}
      </Button>
    </>
  );
}
