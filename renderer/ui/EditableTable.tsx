import { Badge, Button, Group, Table, Text, type TableTdProps } from '@mantine/core';
import { Fragment, useState, type ReactNode } from 'react';
import { ErrorAlert } from './errors';
import { usePhysicalHotkeys } from './physical-hotkeys';

/** One column of a table edited row by row: its heading and what a row shows in it when not edited. */
export interface EditableColumn<R> {
  readonly header: string;
  readonly width?: number;
  readonly cell: (row: R) => ReactNode;
  /** The cell's own look (a monospace number, a truncated line). */
  readonly td?: TableTdProps;
}

/** What an editor row is given: how to close itself, and how many columns its error line spans. */
export interface RowEditorSlot {
  readonly close: () => void;
  readonly span: number;
}

/** « actif » or « inactif », the same in every table of records that can be switched off. */
export function ActiveBadge({ active }: { active: boolean }) {
  return active ? (
    <Badge size="xs">actif</Badge>
  ) : (
    <Badge size="xs" color="gray">
      inactif
    </Badge>
  );
}

/**
 * A list of records edited inline, one row at a time (Cabinet › Praticiens, Comptes): « Modifier »
 * or a double click turns a row into its editor, the add button opens an empty one on top. While a
 * row is open the other buttons wait, so a second click never throws away the first row's changes.
 */
export function EditableTable<R extends { id: number; active: boolean }>({
  intro,
  addLabel,
  addShortcut,
  editable = true,
  rows,
  error,
  columns,
  editLabel,
  editor,
  empty,
}: {
  intro: ReactNode;
  addLabel: string;
  /**
   * A shortcut for the add button (« Alt+N »), shown as its tooltip. Mantine keeps every Cabinet tab mounted, so only one table of
   * the page may have a given shortcut, or one key press would open an editor in a hidden tab too.
   */
  addShortcut?: string;
  editable?: boolean;
  rows: readonly R[] | undefined;
  /** The list's own loading error. */
  error: unknown;
  columns: readonly EditableColumn<R>[];
  /** The accessible name of a row's « Modifier » (« Modifier Claire Fontaine »). */
  editLabel: (row: R) => string;
  /** The editor of a row, or of a new record when `initial` is null. */
  editor: (initial: R | null, slot: RowEditorSlot) => ReactNode;
  /** Said under an empty table. */
  empty?: string;
}) {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const slot: RowEditorSlot = {
    close: () => {
      setEditing(null);
    },
    span: columns.length + 1,
  };
  const startEditing = (target: number | 'new') => {
    if (editable && editing === null) setEditing(target);
  };
  usePhysicalHotkeys(addShortcut ? [[addShortcut, () => startEditing('new')]] : []);

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {editable && (
          <Button
            size="xs"
            onClick={() => {
              startEditing('new');
            }}
            disabled={editing !== null}
            title={addShortcut}
          >
            {addLabel}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Table striped highlightOnHover verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} w={column.width}>
                {column.header}
              </Table.Th>
            ))}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {editing === 'new' && editor(null, slot)}
          {(rows ?? []).map((row) =>
            editing === row.id ? (
              <Fragment key={row.id}>{editor(row, slot)}</Fragment>
            ) : (
              <Table.Tr
                key={row.id}
                c={row.active ? undefined : 'dimmed'}
                onDoubleClick={() => {
                  startEditing(row.id);
                }}
              >
                {columns.map((column) => (
                  <Table.Td key={column.header} {...column.td}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
                <Table.Td>
                  {editable && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      disabled={editing !== null}
                      onClick={() => {
                        startEditing(row.id);
                      }}
                      aria-label={editLabel(row)}
                    >
                      Modifier
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      {empty && rows?.length === 0 && editing !== 'new' && (
        <Text size="sm" c="dimmed" mt="sm">
          {empty}
        </Text>
      )}
    </>
  );
}
