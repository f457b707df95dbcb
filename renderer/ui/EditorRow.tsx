import { Switch, Table } from '@mantine/core';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { EditConflictPanel } from './EditConflictPanel';
import { conflictOf } from './errors';
import { RowEditorButtons, RowError, useRowEditor } from './RowEditorActions';
import { useDraft } from './use-draft';

type Values = Readonly<Record<string, unknown>>;

/** A table row being edited: its draft, the version the edit started from, save and cancel. */
export interface RowDraft<D extends Values> {
  readonly draft: D;
  /** The saved values the typing started from. */
  readonly base: D;
  readonly set: <K extends keyof D>(key: K, value: D[K]) => void;
  /** Saves the draft (or merged values) on the version the edit started from (or the one given). */
  readonly save: (values?: D, version?: number) => void;
  /** Entrée saves, Échap cancels: for each input of the row. */
  readonly keys: (event: KeyboardEvent<HTMLElement>) => void;
  readonly discard: () => void;
  readonly confirmingDiscard: boolean;
  /** Drops this seat's typing for the version saved meanwhile. */
  readonly takeTheirs: (saved: D, version: number) => void;
}

/**
 * The draft of one row (issue 14: the version it started from travels with the save, so another
 * seat's save meanwhile is refused with both versions instead of being overwritten).
 */
export function useRowDraft<D extends Values>(options: {
  initial: D;
  version: number;
  save: (values: D, version: number) => void;
  close: () => void;
}): RowDraft<D> {
  const { draft, set, dirty, base, reset } = useDraft<D>(options.initial);
  const [version, setVersion] = useState(options.version);
  const save = (values: D = draft, at: number = version) => {
    options.save(values, at);
  };
  const { confirmingDiscard, discard, keys } = useRowEditor({ dirty, save: () => save(), close: options.close });
  return {
    draft,
    base,
    set,
    save,
    keys,
    discard,
    confirmingDiscard,
    takeTheirs: (saved, at) => {
      reset(saved);
      setVersion(at);
    },
  };
}

/** How the two versions of a refused save are read back into a draft. */
export interface RowConflict<D extends Values> {
  /** « Deux versions de ce compte ». */
  readonly title: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Their saved record as a draft. */
  readonly theirs: (saved: unknown) => D;
  /** Their record with this seat's changes on top, as a draft; `theirs` when nothing else is kept. */
  readonly merged?: (merged: unknown) => D;
  /** Once their version is taken: the refusal is forgotten. */
  readonly onTaken: () => void;
}

/**
 * The editor row itself: the inputs, then « Enregistrer » and « Annuler » (a changed row asks once
 * more); under it, the refusal of a save, or the two versions side by side when someone saved first.
 */
export function EditorRow<D extends Values>({
  testId,
  row,
  span,
  saving,
  error,
  conflict,
  children,
}: {
  testId: string;
  row: RowDraft<D>;
  /** The table's number of columns, for the line under the row. */
  span: number;
  saving: boolean;
  /** The refusal of the last save, if any (its fields go to the inputs, its conflict to the panel). */
  error: unknown;
  conflict: RowConflict<D>;
  /** The row's cells before the buttons. */
  children: ReactNode;
}) {
  const twoVersions = conflictOf(error);
  return (
    <>
      <Table.Tr data-testid={testId}>
        {children}
        <Table.Td>
          <RowEditorButtons
            onSave={() => {
              row.save();
            }}
            onDiscard={row.discard}
            confirmingDiscard={row.confirmingDiscard}
            saving={saving}
          />
        </Table.Td>
      </Table.Tr>
      <RowError error={error} columns={span}>
        {twoVersions && (
          <EditConflictPanel
            title={conflict.title}
            conflict={twoVersions}
            base={row.base}
            mine={row.draft}
            labelOf={(key) => conflict.labels[key] ?? key}
            onSaveMerged={(merged) => {
              row.save((conflict.merged ?? conflict.theirs)(merged), twoVersions.version);
            }}
            onTakeTheirs={() => {
              row.takeTheirs(conflict.theirs(twoVersions.current), twoVersions.version);
              conflict.onTaken();
            }}
          />
        )}
      </RowError>
    </>
  );
}

/** The « Actif » cell of an editor row: a switch for a saved record, empty for a new one (it starts active). */
export function ActiveSwitchCell({
  shown,
  checked,
  onChange,
}: {
  shown: boolean;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Table.Td>
      {shown && (
        <Switch
          aria-label="Actif"
          checked={checked}
          onChange={(event) => {
            onChange(event.currentTarget.checked);
          }}
        />
      )}
    </Table.Td>
  );
}
