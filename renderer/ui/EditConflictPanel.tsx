import { Alert, Button, Group, Table, Text } from '@mantine/core';
import type { EditConflict } from '../../electron/api/common/result';
import { frDate } from '../../electron/api/common/french';

const shown = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return frDate(value);
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
};

type Values = Readonly<Record<string, unknown>>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Their saved version with this seat's own changes on top: what « Enregistrer » then saves. */
export function mergedOnTheirs(base: Values, mine: Values, theirs: Values): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...theirs };
  for (const key of Object.keys(mine)) if (!same(mine[key], base[key])) merged[key] = mine[key];
  return merged;
}

const WHO = { mine: 'vous', theirs: 'l’autre poste', both: 'tous les deux' } as const;

/**
 * A save refused because someone saved the record meanwhile (issue 14): the fields where the two
 * versions differ, side by side, with who changed each. Nothing typed is lost: « Enregistrer mes
 * changements sur leur version » keeps their changes and puts this seat's on top (a field both
 * changed takes this seat's value, knowingly); « Prendre leur version » drops this seat's typing.
 */
export function EditConflictPanel({
  conflict,
  base,
  mine,
  labelOf,
  onSaveMerged,
  onTakeTheirs,
  title = 'Deux versions de ce dossier',
  narrow = false,
}: {
  conflict: EditConflict;
  /** What the two versions are of (« ce dossier », « cette préférence »). */
  title?: string;
  /** In a narrow card: the table and buttons wrap instead of overflowing. */
  narrow?: boolean;
  base: Values;
  mine: Values;
  labelOf: (key: string) => string;
  onSaveMerged: (merged: Record<string, unknown>) => void;
  onTakeTheirs: () => void;
}) {
  const theirs = conflict.current as Values;
  const rows = Object.keys(mine)
    .filter((key) => !same(mine[key], theirs[key]))
    .map((key) => {
      const mineChanged = !same(mine[key], base[key]);
      const theirsChanged = !same(theirs[key], base[key]);
      const who: keyof typeof WHO = mineChanged && theirsChanged ? 'both' : mineChanged ? 'mine' : 'theirs';
      return { key, who };
    });
  return (
    <Alert color="orange" variant="light" data-testid="edit-conflict" title={title} p={narrow ? 'xs' : undefined}>
      <Table fz={narrow ? 'xs' : 'sm'} withRowBorders={false} mb="xs" layout={narrow ? 'fixed' : undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Champ</Table.Th>
            <Table.Th>Votre saisie</Table.Th>
            <Table.Th>Enregistré par {conflict.by ?? 'un autre poste'}</Table.Th>
            <Table.Th>Changé par</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, who }) => (
            <Table.Tr key={key} c={who === 'both' ? 'red' : undefined}>
              <Table.Td>{labelOf(key)}</Table.Td>
              <Table.Td fw={who === 'theirs' ? undefined : 600}>{shown(mine[key])}</Table.Td>
              <Table.Td fw={who === 'mine' ? undefined : 600}>{shown(theirs[key])}</Table.Td>
              <Table.Td>{WHO[who]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text size="sm" mb="xs">
          Les deux versions sont identiques : vous pouvez enregistrer.
        </Text>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          color="orange"
          onClick={() => onSaveMerged(mergedOnTheirs(base, mine, theirs))}
          styles={
            narrow
              ? {
                  root: { height: 'auto', minHeight: 30, paddingBlock: 6 },
                  label: { whiteSpace: 'normal', lineHeight: 1.3 },
                }
              : undefined
          }
        >
          Enregistrer mes changements sur leur version
        </Button>
        <Button size="xs" variant="default" onClick={onTakeTheirs}>
          Prendre leur version
        </Button>
      </Group>
    </Alert>
  );
}
