import { Alert, Badge, Group, List, Text } from '@mantine/core';
import type { CallReading } from '../../electron/api/common/schemas/calls';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../inbox/categories';

/**
 * What the protocol read in the notes, as they are typed (issue 26): the category with its reasons
 * and, at once, what to tell the caller (the practice's own words, Cabinet › Protocole de tri).
 */
export function CallAdvice({ reading }: { reading: CallReading | undefined }) {
  if (!reading) return null;
  const urgent = reading.category === 'urgence-immediate' || reading.category === 'urgence-jour';
  const lines = reading.firstAid.split('\n').filter(Boolean);
  return (
    <>
      <Group gap={6} data-testid="call-reading">
        <Badge color={CATEGORY_COLORS[reading.category]}>{CATEGORY_LABELS[reading.category]}</Badge>
        <Text size="xs" c="dimmed" truncate="end" maw={300}>
          {reading.reasons
            .slice(0, 2)
            .map((reason) => reason.label)
            .join(' · ')}
        </Text>
      </Group>
      {lines.length > 0 && (
        <Alert
          color={reading.category === 'urgence-immediate' ? 'red' : urgent ? 'orange' : 'blue'}
          py={6}
          title={urgent ? 'À dire maintenant à l’appelant' : 'À dire à l’appelant'}
          data-testid="call-first-aid"
        >
          <List size="sm" spacing={2}>
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
