import { Select, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  PRACTITIONER_KIND_LABELS,
  PRACTITIONER_TITLES,
  type Practitioner,
  type PractitionerInput,
} from '../../electron/api/common/schemas/practice';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { practiceKeys } from '../api/query-keys';
import { ActiveBadge, EditableTable, type EditableColumn, type RowEditorSlot } from '../ui/EditableTable';
import { ActiveSwitchCell, EditorRow, useRowDraft, type RowConflict } from '../ui/EditorRow';
import { fieldError } from '../ui/errors';

type Draft = PractitionerInput & { active: boolean };
const NEW_PRACTITIONER: Draft = {
  kind: 'surgeon',
  title: 'Dr',
  firstName: '',
  lastName: '',
  rpps: '',
  specialty: '',
  signature: '',
  active: true,
};
const PRACTITIONER_LABELS: Readonly<Record<string, string>> = {
  kind: 'Fonction',
  title: 'Titre',
  firstName: 'Prénom',
  lastName: 'Nom',
  rpps: 'Numéro RPPS',
  specialty: 'Spécialité',
  signature: 'Ligne de signature',
  active: 'Actif',
};
/** The editable fields of a practitioner (its id and version stay outside the draft). */
const draftOf = (practitioner: Draft & Partial<Practitioner>): Draft => ({
  kind: practitioner.kind,
  title: practitioner.title,
  firstName: practitioner.firstName,
  lastName: practitioner.lastName,
  rpps: practitioner.rpps,
  specialty: practitioner.specialty,
  signature: practitioner.signature,
  active: practitioner.active,
});
const kindOptions = Object.entries(PRACTITIONER_KIND_LABELS).map(([value, label]) => ({ value, label }));

const CONFLICT: Omit<RowConflict<Draft>, 'onTaken'> = {
  title: 'Deux versions de ce praticien',
  labels: PRACTITIONER_LABELS,
  theirs: (saved) => draftOf(saved as Practitioner),
};
const COLUMNS: readonly EditableColumn<Practitioner>[] = [
  { header: 'Fonction', cell: (practitioner) => PRACTITIONER_KIND_LABELS[practitioner.kind] },
  { header: 'Titre', cell: (practitioner) => practitioner.title },
  { header: 'Prénom', cell: (practitioner) => practitioner.firstName },
  { header: 'Nom', cell: (practitioner) => practitioner.lastName },
  { header: 'RPPS', cell: (practitioner) => practitioner.rpps, td: { ff: 'monospace' } },
  { header: 'Spécialité', cell: (practitioner) => practitioner.specialty },
  {
    header: 'Signature',
    td: { maw: 260 },
    cell: (practitioner) => (
      <Text size="xs" truncate>
        {practitioner.signature}
      </Text>
    ),
  },
  { header: 'Actif', width: 80, cell: (practitioner) => <ActiveBadge active={practitioner.active} /> },
];

/** One row turned into inputs: Entrée enregistre, Échap abandonne (after a confirmation if changed). */
function PractitionerEditor({ initial, slot }: { initial: Practitioner | null; slot: RowEditorSlot }) {
  const create = useApiMutation('practice.addPractitioner', [practiceKeys.practitioners()]);
  const update = useApiMutation('practice.updatePractitioner', [practiceKeys.practitioners()]);
  const error = create.error ?? update.error;
  const row = useRowDraft<Draft>({
    initial: initial ? draftOf(initial) : NEW_PRACTITIONER,
    version: initial?.version ?? 0,
    close: slot.close,
    save: (values, version) => {
      const { active, ...fields } = values;
      const done = () => {
        notifications.show({
          message: `${values.title} ${values.firstName} ${values.lastName} enregistré(e).`,
          color: 'teal',
        });
        slot.close();
      };
      if (initial) update.mutate({ id: initial.id, ...fields, active, version }, { onSuccess: done });
      else create.mutate(fields, { onSuccess: done });
    },
  });
  const { draft, set, keys } = row;
  const input = (key: 'firstName' | 'lastName' | 'rpps' | 'specialty' | 'signature', label: string) => (
    <TextInput
      size="xs"
      aria-label={label}
      placeholder={label}
      value={draft[key]}
      onChange={(e) => {
        set(key, e.currentTarget.value);
      }}
      onKeyDown={keys}
      error={fieldError(error, key)}
    />
  );

  return (
    <EditorRow
      testId="practitioner-editor"
      row={row}
      span={slot.span}
      saving={create.isPending || update.isPending}
      error={error}
      conflict={{ ...CONFLICT, onTaken: update.reset }}
    >
      <Table.Td>
        <Select
          size="xs"
          aria-label="Fonction"
          data={kindOptions}
          value={draft.kind}
          allowDeselect={false}
          onChange={(value) => value && set('kind', value as Draft['kind'])}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label="Titre"
          w={80}
          data={[...PRACTITIONER_TITLES]}
          value={draft.title}
          allowDeselect={false}
          onChange={(value) => value && set('title', value)}
        />
      </Table.Td>
      <Table.Td>{input('firstName', 'Prénom')}</Table.Td>
      <Table.Td>{input('lastName', 'Nom')}</Table.Td>
      <Table.Td>{input('rpps', 'Numéro RPPS')}</Table.Td>
      <Table.Td>{input('specialty', 'Spécialité')}</Table.Td>
      <Table.Td>{input('signature', 'Ligne de signature')}</Table.Td>
      <ActiveSwitchCell
        shown={initial !== null}
        checked={draft.active}
        onChange={(checked) => set('active', checked)}
      />
    </EditorRow>
  );
}

export function PractitionersPanel({ editable }: { editable: boolean }) {
  const query = useApiQuery('practice.listPractitioners', {});
  return (
    <EditableTable
      intro="Chirurgiens et anesthésistes : leur nom et leur signature figurent sur les courriers."
      addLabel="Ajouter un praticien"
      addShortcut="Alt+N"
      editable={editable}
      rows={query.data}
      error={query.error}
      columns={COLUMNS}
      editLabel={(practitioner) => `Modifier ${practitioner.firstName} ${practitioner.lastName}`}
      editor={(initial, slot) => <PractitionerEditor initial={initial} slot={slot} />}
      empty="Aucun praticien pour l’instant."
    />
  );
}
