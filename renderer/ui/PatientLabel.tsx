import { Badge, Text } from '@mantine/core';
import { frDate } from '../../electron/api/common/french';

/**
 * The names that more than one person bears in a list: two « CHASSAGNE Émilie » on one screen are
 * marked, so neither is taken for the other (identity vigilance, issue 22).
 */
export function homonymsIn(people: readonly { patientId: number; patientName: string }[]): ReadonlySet<string> {
  const idsByName = new Map<string, Set<number>>();
  for (const person of people) {
    const key = person.patientName.toLocaleLowerCase('fr');
    const ids = idsByName.get(key) ?? new Set<number>();
    ids.add(person.patientId);
    idsByName.set(key, ids);
  }
  return new Set([...idsByName].filter(([, ids]) => ids.size > 1).map(([name]) => name));
}

export const isHomonym = (homonyms: ReadonlySet<string>, name: string): boolean =>
  homonyms.has(name.toLocaleLowerCase('fr'));

/** The birth date beside a name in a list, and the homonym mark when another person bears it. */
export function BirthDateMark({ birthDate, homonym = false }: { birthDate: string; homonym?: boolean }) {
  return (
    <>
      <Text span size="xs" c="dimmed" ml={6} data-testid="birth-date" style={{ whiteSpace: 'nowrap' }}>
        {frDate(birthDate)}
      </Text>
      {homonym && (
        <Badge size="xs" color="orange" variant="light" ml={4} title="Une autre personne porte ce nom">
          homonyme
        </Badge>
      )}
    </>
  );
}
