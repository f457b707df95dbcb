import { Badge, Button, Group, Select, Switch, Table, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  PRACTITIONER_KIND_LABELS,
  PRACTITIONER_TITLES,
  type Practitioner,
  type PractitionerInput,
} from '../../electron/api/common/schemas/practice';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { practiceKeys } from '../api/query-keys';
import { EditConflictPanel } from '../ui/EditConflictPanel';
import { conflictOf, ErrorAlert, fieldError } from '../ui/errors';
import { RowEditorButtons, RowError, useRowEditor } from '../ui/RowEditorActions';
import { useDraft } from '../ui/use-draft';

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

/** One row turned into inputs: Entrée enregistre, Échap abandonne (after a confirmation if changed). */
function PractitionerEditor({ initial, onClose }: { initial: Practitioner | null; onClose: () => void }) {
  const { draft, set, dirty, base, reset } = useDraft<Draft>(initial ? draftOf(initial) : NEW_PRACTITIONER);
  // The version the edit started from (issue 14): another seat's save meanwhile is not overwritten.
  const [baseVersion, setBaseVersion] = useState(initial?.version ?? 0);
  const create = useApiMutation('practice.addPractitioner', [practiceKeys.practitioners()]);
  const update = useApiMutation('practice.updatePractitioner', [practiceKeys.practitioners()]);
  const error = create.error ?? update.error;
  const conflict = conflictOf(update.error);

  const save = (values: Draft = draft, version = baseVersion) => {
    const { active, ...fields } = values;
    const done = () => {
      notifications.show({
        message: `${draft.title} ${draft.firstName} ${draft.lastName} enregistré(e).`,
        color: 'teal',
      });
      onClose();
    };
    if (initial) update.mutate({ id: initial.id, ...fields, active, version }, { onSuccess: done });
    else create.mutate(fields, { onSuccess: done });
  };
  const { confirmingDiscard, discard, keys } = useRowEditor({ dirty, save: () => save(), close: onClose });
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
    <>
      <Table.Tr data-testid="practitioner-editor">
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
        <Table.Td>
          {initial && (
            <Switch
              aria-label="Actif"
              checked={draft.active}
              onChange={(e) => {
                set('active', e.currentTarget.checked);
              }}
            />
          )}
        </Table.Td>
        <Table.Td>
          <RowEditorButtons
            onSave={() => save()}
            onDiscard={discard}
            confirmingDiscard={confirmingDiscard}
            saving={create.isPending || update.isPending}
          />
        </Table.Td>
      </Table.Tr>
      <RowError error={error} columns={9}>
        {conflict && (
          <EditConflictPanel
            title="Deux versions de ce praticien"
            conflict={conflict}
            base={base}
            mine={draft}
            labelOf={(key) => PRACTITIONER_LABELS[key] ?? key}
            onSaveMerged={(merged) => {
              save(draftOf(merged as Practitioner), conflict.version);
            }}
            onTakeTheirs={() => {
              reset(draftOf(conflict.current as Practitioner));
              setBaseVersion(conflict.version);
              update.reset();
            }}
          />
        )}
      </RowError>
    </>
  );
}

export function PractitionersPanel({ editable }: { editable: boolean }) {
  const query = useApiQuery('practice.listPractitioners', {});
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  // Only one row is edited at a time, so a second click never throws away the first row's changes.
  useHotkeys([['alt+N', () => editable && editing === null && setEditing('new')]]);

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          Chirurgiens et anesthésistes : leur nom et leur signature figurent sur les courriers.
        </Text>
        {editable && (
          <Button
            size="xs"
            onClick={() => {
              setEditing('new');
            }}
            disabled={editing !== null}
            title="Alt+N"
          >
            Ajouter un praticien
          </Button>
        )}
      </Group>
      <ErrorAlert error={query.error} />
      <Table striped highlightOnHover verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Fonction</Table.Th>
            <Table.Th>Titre</Table.Th>
            <Table.Th>Prénom</Table.Th>
            <Table.Th>Nom</Table.Th>
            <Table.Th>RPPS</Table.Th>
            <Table.Th>Spécialité</Table.Th>
            <Table.Th>Signature</Table.Th>
            <Table.Th w={80}>Actif</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {editing === 'new' && (
            <PractitionerEditor
              initial={null}
              onClose={() => {
                setEditing(null);
              }}
            />
          )}
          {(query.data ?? []).map((practitioner) =>
            editing === practitioner.id ? (
              <PractitionerEditor
                key={practitioner.id}
                initial={practitioner}
                onClose={() => {
                  setEditing(null);
                }}
              />
            ) : (
              <Table.Tr
                key={practitioner.id}
                c={practitioner.active ? undefined : 'dimmed'}
                onDoubleClick={() => editable && editing === null && setEditing(practitioner.id)}
              >
                <Table.Td>{PRACTITIONER_KIND_LABELS[practitioner.kind]}</Table.Td>
                <Table.Td>{practitioner.title}</Table.Td>
                <Table.Td>{practitioner.firstName}</Table.Td>
                <Table.Td>{practitioner.lastName}</Table.Td>
                <Table.Td ff="monospace">{practitioner.rpps}</Table.Td>
                <Table.Td>{practitioner.specialty}</Table.Td>
                <Table.Td maw={260}>
                  <Text size="xs" truncate>
                    {practitioner.signature}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {practitioner.active ? (
                    <Badge size="xs">actif</Badge>
                  ) : (
                    <Badge size="xs" color="gray">
                      inactif
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {editable && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      disabled={editing !== null}
                      onClick={() => {
                        setEditing(practitioner.id);
                      }}
                      aria-label={`Modifier ${practitioner.firstName} ${practitioner.lastName}`}
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
      {query.data?.length === 0 && editing !== 'new' && (
        <Text size="sm" c="dimmed" mt="sm">
          Aucun praticien pour l’instant.
        </Text>
      )}
    </>
  );
}
