import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { PlannedOccurrence } from '../../electron/api/common/schemas/agenda-series';
import { frDate, frTime } from '../../electron/api/common/french';

/** What the person decided for one planned occurrence: as planned, its alternative, or dropped. */
export type Choice = 'planned' | 'alternative' | 'dropped';

/**
 * The planned occurrences of a series (issue 24 point 15): each free, or its problem with the
 * nearest free slot to take; each can be dropped (and a free one put back).
 */
export function SeriesOccurrences({
  occurrences,
  choiceOf,
  choose,
}: {
  occurrences: readonly PlannedOccurrence[];
  /** Null while an occurrence with a problem waits for the person's decision. */
  choiceOf: (index: number) => Choice | null;
  choose: (index: number, choice: Choice) => void;
}) {
  if (occurrences.length === 0) return null;
  return (
    <Table fz="sm" verticalSpacing={2} data-testid="series-occurrences">
      <Table.Tbody>
        {occurrences.map((occurrence, index) => (
          <Table.Tr key={`${occurrence.date}-${index}`} data-testid="series-occurrence">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {frDate(occurrence.date)} {frTime(occurrence.time)}
            </Table.Td>
            {/* A problem takes the row's width, its choices under it: nothing is pushed out of the panel. */}
            <Table.Td>
              <Stack gap={2}>
                {occurrence.problem === null ? (
                  <Badge size="xs" color={choiceOf(index) === 'dropped' ? 'gray' : 'teal'} variant="light">
                    {choiceOf(index) === 'dropped' ? 'retiré' : 'libre'}
                  </Badge>
                ) : (
                  <Text size="xs" c="orange.9">
                    {occurrence.problem}
                  </Text>
                )}
                <Group gap={4}>
                  {occurrence.alternative && (
                    <Button
                      size="compact-xs"
                      variant={choiceOf(index) === 'alternative' ? 'filled' : 'light'}
                      onClick={() => choose(index, 'alternative')}
                    >
                      {`Prendre le ${frDate(occurrence.alternative.date)} à ${frTime(occurrence.alternative.time)}`}
                    </Button>
                  )}
                  {occurrence.problem !== null && !occurrence.alternative && (
                    <Text size="xs" c="dimmed">
                      aucun créneau libre proche
                    </Text>
                  )}
                  <Button
                    size="compact-xs"
                    variant={choiceOf(index) === 'dropped' ? 'filled' : 'subtle'}
                    color="gray"
                    onClick={() =>
                      choose(
                        index,
                        choiceOf(index) === 'dropped' && occurrence.problem === null ? 'planned' : 'dropped',
                      )
                    }
                  >
                    {choiceOf(index) === 'dropped' && occurrence.problem === null ? 'Remettre' : 'Retirer'}
                  </Button>
                </Group>
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
