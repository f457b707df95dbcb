import { Button, Checkbox, Group, MultiSelect, NumberInput, Paper, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Motif } from '../../../electron/api/common/schemas/agenda';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { agendaKeys } from '../../api/query-keys';
import { EditConflictPanel } from '../../ui/EditConflictPanel';
import { conflictOf, ErrorAlert, fieldError } from '../../ui/errors';

type MotifDraft = {
  id: number | null;
  label: string;
  durationMinutes: number;
  practitionerIds: string[];
  room: string;
  emergencyAllowed: boolean;
  instructions: string;
  active: boolean;
  /** The version the change is based on (issue 14); 0 for a new motif. */
  version: number;
};
const EMPTY: MotifDraft = {
  id: null,
  label: '',
  durationMinutes: 20,
  practitionerIds: [],
  room: '',
  emergencyAllowed: false,
  instructions: '',
  active: true,
  version: 0,
};
const MOTIF_LABELS: Readonly<Record<string, string>> = {
  label: 'Motif',
  durationMinutes: 'Durée',
  practitionerIds: 'Praticiens',
  room: 'Salle',
  emergencyAllowed: 'Possible en urgence',
  instructions: 'Consignes',
  active: 'Actif',
};
const draftOf = (motif: Motif): MotifDraft => ({ ...motif, practitionerIds: motif.practitionerIds.map(String) });
const inputOf = (draft: MotifDraft) => ({ ...draft, practitionerIds: draft.practitionerIds.map(Number) });

/**
 * The motifs: « Modifier » loads one into the form below, « Retirer » stops offering it (a motif
 * is never deleted: past appointments keep pointing at it), « Remettre » offers it again.
 */
export function MotifsSettings({ names }: { names: { value: string; label: string }[] }) {
  const motifs = useApiQuery('agenda.motifs', {});
  const saveMotif = useApiMutation('agenda.saveMotif', [agendaKeys.motifs(), agendaKeys.rooms()]);
  const [motif, setMotif] = useState<MotifDraft>(EMPTY);
  // The motif as loaded by « Modifier »: the base the two versions are compared with on a conflict.
  const [loaded, setLoaded] = useState<MotifDraft>(EMPTY);
  const edit = (next: MotifDraft) => {
    setMotif(next);
    setLoaded(next);
    saveMotif.reset();
  };
  const conflict = conflictOf(saveMotif.error);
  const nameOf = (id: number) => names.find((name) => name.value === String(id))?.label;
  return (
    <Paper withBorder p="sm">
      <Text fw={600} mb={4}>
        Motifs de rendez-vous
      </Text>
      <Table striped data-testid="motifs">
        <Table.Tbody>
          {(motifs.data ?? []).map((row) => (
            <Table.Tr key={row.id} c={row.active ? undefined : 'dimmed'}>
              <Table.Td>
                {row.label}
                {row.active ? '' : ' (retiré)'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.durationMinutes} min</Table.Td>
              <Table.Td>{row.room}</Table.Td>
              <Table.Td>{row.emergencyAllowed ? 'possible en urgence' : ''}</Table.Td>
              <Table.Td>{row.practitionerIds.map(nameOf).join(', ')}</Table.Td>
              <Table.Td maw={260}>
                <Text size="xs" truncate>
                  {row.instructions}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" onClick={() => edit(draftOf(row))}>
                    Modifier
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color={row.active ? 'red' : 'blue'}
                    onClick={() => saveMotif.mutate(inputOf({ ...draftOf(row), active: !row.active }))}
                  >
                    {row.active ? 'Retirer' : 'Remettre'}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs" align="flex-end" mt="xs">
        <TextInput
          size="xs"
          label="Motif"
          value={motif.label}
          onChange={(event) => setMotif({ ...motif, label: event.currentTarget.value })}
          error={fieldError(saveMotif.error, 'label')}
        />
        <NumberInput
          size="xs"
          w={100}
          label="Durée (min)"
          value={motif.durationMinutes}
          min={5}
          max={480}
          onChange={(value) => setMotif({ ...motif, durationMinutes: Number(value) || 0 })}
          error={fieldError(saveMotif.error, 'durationMinutes')}
        />
        <MultiSelect
          size="xs"
          w={280}
          label="Praticiens"
          data={names}
          value={motif.practitionerIds}
          onChange={(value) => setMotif({ ...motif, practitionerIds: value })}
          error={fieldError(saveMotif.error, 'practitionerIds')}
        />
        <TextInput
          size="xs"
          w={130}
          label="Salle du motif"
          placeholder="celle de la plage"
          value={motif.room}
          onChange={(event) => setMotif({ ...motif, room: event.currentTarget.value })}
          error={fieldError(saveMotif.error, 'room')}
        />
        <TextInput
          size="xs"
          w={240}
          label="Consignes au patient"
          value={motif.instructions}
          onChange={(event) => setMotif({ ...motif, instructions: event.currentTarget.value })}
          error={fieldError(saveMotif.error, 'instructions')}
        />
        <Checkbox
          size="xs"
          label="possible en urgence"
          checked={motif.emergencyAllowed}
          onChange={(event) => setMotif({ ...motif, emergencyAllowed: event.currentTarget.checked })}
        />
        <Button size="xs" onClick={() => saveMotif.mutate(inputOf(motif), { onSuccess: () => edit(EMPTY) })}>
          {motif.id === null ? 'Ajouter le motif' : 'Enregistrer le motif'}
        </Button>
        {motif.id !== null && (
          <Button size="xs" variant="subtle" onClick={() => edit(EMPTY)}>
            Abandonner la modification
          </Button>
        )}
      </Group>
      {conflict && motif.id !== null ? (
        <EditConflictPanel
          title="Deux versions de ce motif"
          conflict={{ ...conflict, current: draftOf({ ...(conflict.current as Motif), id: motif.id }) }}
          base={loaded}
          mine={motif}
          labelOf={(key) => MOTIF_LABELS[key] ?? key}
          onSaveMerged={(merged) =>
            saveMotif.mutate(inputOf({ ...(merged as unknown as MotifDraft), version: conflict.version }), {
              onSuccess: () => edit(EMPTY),
            })
          }
          onTakeTheirs={() =>
            edit({ ...draftOf({ ...(conflict.current as Motif), id: motif.id ?? 0 }), version: conflict.version })
          }
        />
      ) : (
        <ErrorAlert error={saveMotif.error} />
      )}
    </Paper>
  );
}
