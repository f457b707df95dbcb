import { Anchor, Text } from '@mantine/core';
import { frDate } from '../../electron/api/common/french';
import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import type { DayBeforeState } from '../../electron/api/common/schemas/day-before-calls';
import { useApiQuery } from '../api/hooks';

/**
 * Beside the cahier: where tomorrow's J-1 calls stand (issue 26 items 2 and 5), so that the
 * secretary sees the patients still to call without leaving the day's calls.
 */
export function DayBeforeSummary() {
  const tomorrow = shiftDay(parisToday(), 1);
  const list = useApiQuery('dayBeforeCalls.list', { day: tomorrow });
  const entries = list.data?.entries ?? [];
  if (entries.length === 0) return null;
  const count = (state: DayBeforeState) => entries.filter((entry) => entry.state === state).length;
  const left = count('a-appeler') + count('a-rappeler');
  return (
    <Text size="sm" className="no-print" data-testid="day-before-summary">
      <Anchor href={`#/secretariat/veille?jour=${tomorrow}`} size="sm">
        Appels de la veille
      </Anchor>{' '}
      (bloc du {frDate(tomorrow)}) : {left} patient{left > 1 ? 's' : ''} à appeler · {count('joint')} joint
      {count('joint') > 1 ? 's' : ''}
      {count('non-joint') > 0 && (
        <Text span c="red" fw={600} size="sm">
          {' '}
          · {count('non-joint')} non joint{count('non-joint') > 1 ? 's' : ''}
        </Text>
      )}
    </Text>
  );
}
