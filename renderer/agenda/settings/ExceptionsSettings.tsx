import { Button, Checkbox, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { AgendaException } from '../../../electron/api/common/schemas/agenda';
import { parseFrenchDate } from '../../../electron/api/common/schemas/identity';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { agendaKeys } from '../../api/query-keys';
import { frDate } from '../../../electron/api/common/french';
import { ErrorAlert, fieldError } from '../../ui/errors';
import { parisToday } from '../../../electron/api/common/paris-day';
import { CoveredAppointments } from '../CoveredAppointments';

export const EXCEPTION_KINDS: Readonly<Record<AgendaException['kind'], string>> = {
  absence: 'Absence (congé, formation)',
  theatre: 'Journée de bloc',
  'on-call': 'Garde (ouvre ces heures)',
  holiday: 'Fermeture du cabinet',
};

const ON_CALL_SCOPES: Readonly<Record<AgendaException['onCallScope'], string>> = {
  emergency: 'motifs d’urgence seulement',
  all: 'tous les motifs',
};

/**
 * The days that break the week: absences, theatre days and closures remove the openings they
 * cover (a whole day, or the hours given). Public holidays are closed without an entry; a garde
 * opens the hours it names, even on a holiday or a Sunday, to the emergency motifs only or to
 * all of them (issue 24: a hand-emergency centre works then).
 */
export function ExceptionsSettings({
  practitionerId,
  names,
}: {
  practitionerId: number | null;
  names: { value: string; label: string }[];
}) {
  const upcoming = useApiQuery('agenda.exceptions', { from: parisToday() });
  const add = useApiMutation('agenda.addException', [
    agendaKeys.exceptions(),
    agendaKeys.slots(),
    agendaKeys.covered(),
  ]);
  const remove = useApiMutation('agenda.removeException', [
    agendaKeys.exceptions(),
    agendaKeys.slots(),
    agendaKeys.covered(),
  ]);
  // What the last absence entered covers (issue 24 point 12), said where it was typed.
  const [coveredByLast, setCoveredByLast] = useState<number | null>(null);
  const [draft, setDraft] = useState({
    kind: 'absence' as AgendaException['kind'],
    wholePractice: false,
    date: '',
    untilDate: '',
    startTime: '',
    endTime: '',
    label: '',
    onCallScope: 'emergency' as AgendaException['onCallScope'],
  });
  const nameOf = (id: number | null) =>
    id === null ? 'tout le cabinet' : (names.find((name) => name.value === String(id))?.label ?? '');
  return (
    <>
      <Text fw={600} mt="sm" size="sm">
        Absences, gardes, journées de bloc, fermetures à venir
      </Text>
      <Table striped data-testid="exceptions">
        <Table.Tbody>
          {(upcoming.data ?? []).map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{frDate(row.date)}</Table.Td>
              <Table.Td>{row.startTime ? `${row.startTime}–${row.endTime ?? ''}` : 'journée'}</Table.Td>
              <Table.Td>
                {EXCEPTION_KINDS[row.kind]}
                {row.kind === 'on-call' ? ` : ${ON_CALL_SCOPES[row.onCallScope]}` : ''}
              </Table.Td>
              <Table.Td>{nameOf(row.practitionerId)}</Table.Td>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate({ id: row.id })}>
                  Retirer
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs" align="flex-end" mt="xs">
        <NativeSelect
          size="xs"
          w={200}
          label="Nature"
          data={Object.entries(EXCEPTION_KINDS).map(([value, label]) => ({ value, label }))}
          value={draft.kind}
          onChange={(event) => setDraft({ ...draft, kind: event.currentTarget.value as AgendaException['kind'] })}
        />
        {draft.kind === 'on-call' && (
          <NativeSelect
            size="xs"
            w={190}
            label="Ouverte à"
            data={Object.entries(ON_CALL_SCOPES).map(([value, label]) => ({ value, label }))}
            value={draft.onCallScope}
            onChange={(event) =>
              setDraft({ ...draft, onCallScope: event.currentTarget.value as AgendaException['onCallScope'] })
            }
          />
        )}
        <TextInput
          size="xs"
          w={115}
          label="Le"
          placeholder="jj/mm/aaaa"
          value={draft.date}
          onChange={(event) => setDraft({ ...draft, date: event.currentTarget.value })}
          error={fieldError(add.error, 'date')}
        />
        {/* A week's absence in one entry (issue 24 point 13): empty for one day. */}
        <TextInput
          size="xs"
          w={115}
          label="Au (facult.)"
          placeholder="jj/mm/aaaa"
          value={draft.untilDate}
          onChange={(event) => setDraft({ ...draft, untilDate: event.currentTarget.value })}
          error={fieldError(add.error, 'untilDate')}
        />
        {(['startTime', 'endTime'] as const).map((field) => (
          <TextInput
            key={field}
            size="xs"
            w={80}
            // A garde opens its hours, so they are asked; elsewhere none means the whole day.
            label={`${field === 'startTime' ? 'De' : 'À'}${draft.kind === 'on-call' ? '' : ' (facult.)'}`}
            placeholder="HH:MM"
            value={draft[field]}
            onChange={(event) => setDraft({ ...draft, [field]: event.currentTarget.value })}
            error={fieldError(add.error, field)}
          />
        ))}
        <TextInput
          size="xs"
          w={200}
          label="Libellé"
          value={draft.label}
          onChange={(event) => setDraft({ ...draft, label: event.currentTarget.value })}
          error={fieldError(add.error, 'label')}
        />
        <Checkbox
          size="xs"
          label="tout le cabinet"
          checked={draft.wholePractice}
          onChange={(event) => setDraft({ ...draft, wholePractice: event.currentTarget.checked })}
        />
        <Button
          size="xs"
          variant="default"
          disabled={practitionerId === null && !draft.wholePractice}
          onClick={() =>
            add.mutate(
              {
                practitionerId: draft.wholePractice ? null : practitionerId,
                date: parseFrenchDate(draft.date) ?? draft.date,
                untilDate: draft.untilDate.trim() ? (parseFrenchDate(draft.untilDate) ?? draft.untilDate) : null,
                startTime: draft.startTime.trim() || null,
                endTime: draft.endTime.trim() || null,
                kind: draft.kind,
                label: draft.label,
                onCallScope: draft.onCallScope,
              },
              {
                onSuccess: (added) => {
                  setCoveredByLast(added.covered);
                  setDraft({ ...draft, date: '', untilDate: '', startTime: '', endTime: '', label: '' });
                },
              },
            )
          }
        >
          Ajouter
        </Button>
      </Group>
      <ErrorAlert error={add.error ?? remove.error} />
      {coveredByLast !== null && coveredByLast > 0 && (
        <Text size="sm" c="orange.9" role="status" mt={4}>
          {coveredByLast === 1
            ? 'Un patient avait rendez-vous pendant cette absence : à déplacer, prévenir ou garder ci-dessous.'
            : `${coveredByLast} patients avaient rendez-vous pendant cette absence : à déplacer, prévenir ou garder ci-dessous.`}
        </Text>
      )}
      <CoveredAppointments />
    </>
  );
}
