import { Anchor, Button, Chip, Group, Paper, Select, Table, Text, Textarea, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import {
  DIGITS,
  DIGIT_LABELS,
  VISIT_KINDS,
  VISIT_KIND_LABELS,
  type Visit,
} from '../../electron/api/common/schemas/patient-file';
import { HAND_LABELS } from '../../electron/api/common/schemas/patients';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { patientKeys } from '../api/query-keys';
import { useSession } from '../auth/session-context';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useStoredDraft } from '../ui/use-stored-draft';
import { VisitDateCell } from './VisitDateCell';
import { frDate } from '../../electron/api/common/french';

const SIDE_LABELS = { left: 'Gauche', right: 'Droite', both: 'Les deux' } as const;
const today = () => frDate(new Date().toISOString());

type VisitDraft = Omit<Visit, 'id' | 'practitionerName' | 'version'>;

function NewVisit({ patientId }: { patientId: number }) {
  const practitioners = useApiQuery('practice.listPractitioners', {});
  const create = useApiMutation('visits.create', [patientKeys.file(), patientKeys.searches()]);
  const { session } = useSession();
  // The consultation is the logged-in surgeon's unless said otherwise (issue 10).
  const ownPractitioner = session.user.roles.includes('surgeon') ? session.user.practitionerId : null;
  const { draft, set, clear } = useStoredDraft<VisitDraft>(
    `consultation:${patientId}`,
    {
      date: today(),
      practitionerId: ownPractitioner,
      kind: 'emergency',
      diagnosis: '',
      notes: '',
      side: null,
      digits: [],
    },
    'une consultation',
  );
  const save = () => {
    create.mutate(
      { patientId, ...draft, date: parseFrenchDate(draft.date) ?? draft.date },
      {
        onSuccess: () => {
          clear();
        },
      },
    );
  };

  return (
    <Paper p="xs" withBorder mb="xs">
      <Group gap="xs" align="flex-end">
        <TextInput
          size="xs"
          w={110}
          label="Date"
          value={draft.date}
          onChange={(e) => {
            set('date', e.currentTarget.value);
          }}
          error={fieldError(create.error, 'date')}
        />
        <Select
          size="xs"
          w={190}
          label="Type"
          data={VISIT_KINDS.map((value) => ({ value, label: VISIT_KIND_LABELS[value] }))}
          value={draft.kind}
          allowDeselect={false}
          onChange={(value) => value && set('kind', value)}
        />
        <Select
          size="xs"
          w={200}
          label="Praticien"
          clearable
          data={(practitioners.data ?? [])
            .filter((p) => p.active)
            .map((p) => ({ value: String(p.id), label: `${p.title} ${p.firstName} ${p.lastName}` }))}
          value={draft.practitionerId ? String(draft.practitionerId) : null}
          onChange={(value) => {
            set('practitionerId', value ? Number(value) : null);
          }}
        />
        <Select
          size="xs"
          w={110}
          label="Côté"
          clearable
          data={Object.entries(SIDE_LABELS).map(([value, label]) => ({ value, label }))}
          value={draft.side}
          onChange={(value) => {
            set('side', value as Visit['side']);
          }}
        />
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          label="Diagnostic"
          value={draft.diagnosis}
          onChange={(e) => {
            set('diagnosis', e.currentTarget.value);
          }}
          error={fieldError(create.error, 'diagnosis')}
        />
      </Group>
      <Chip.Group
        multiple
        value={draft.digits}
        onChange={(value) => {
          set('digits', value);
        }}
      >
        <Group gap={4} mt={6}>
          <Text size="xs">Doigts :</Text>
          {DIGITS.map((digit) => (
            <Chip key={digit} value={digit} size="xs">
              {DIGIT_LABELS[digit]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Textarea
        size="xs"
        mt={6}
        label="Notes"
        autosize
        minRows={2}
        value={draft.notes}
        onChange={(e) => {
          set('notes', e.currentTarget.value);
        }}
        error={fieldError(create.error, 'notes')}
      />
      <ErrorAlert error={create.error} />
      <Group justify="flex-end" mt={6}>
        <Button size="compact-sm" onClick={save} loading={create.isPending}>
          Ajouter la consultation
        </Button>
      </Group>
    </Paper>
  );
}

export function VisitsPanel({
  patientId,
  visits,
  total,
  canEdit,
  patientName,
}: {
  patientId: number;
  visits: readonly Visit[];
  total: number;
  canEdit: boolean;
  patientName: string;
}) {
  return (
    <>
      {canEdit && <NewVisit patientId={patientId} />}
      <Text size="xs" c="dimmed" mb={4}>
        {total > visits.length ? `Les ${visits.length} dernières sur ${total}` : `${total} consultation(s)`}
      </Text>
      <Table striped fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Praticien</Table.Th>
            <Table.Th>Côté, doigts</Table.Th>
            <Table.Th>Diagnostic</Table.Th>
            <Table.Th>Notes</Table.Th>
            {canEdit && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((visit) => (
            <Table.Tr key={visit.id}>
              <Table.Td>
                <VisitDateCell visit={visit} canEdit={canEdit} />
              </Table.Td>
              <Table.Td>{VISIT_KIND_LABELS[visit.kind]}</Table.Td>
              <Table.Td>{visit.practitionerName}</Table.Td>
              <Table.Td>
                {[visit.side ? HAND_LABELS[visit.side] : '', visit.digits.map((d) => DIGIT_LABELS[d]).join(', ')]
                  .filter(Boolean)
                  .join(' · ')}
              </Table.Td>
              <Table.Td>{visit.diagnosis}</Table.Td>
              <Table.Td maw={400}>
                <Text size="xs" lineClamp={2}>
                  {visit.notes}
                </Text>
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  {/* The consultation that decided surgery plans the case (issue 13): its site comes along. */}
                  <Anchor
                    component={Link}
                    size="xs"
                    to={`/bloc?${new URLSearchParams({
                      patient: String(patientId),
                      nom: patientName,
                      intervention: visit.diagnosis,
                      cote: visit.side === 'left' || visit.side === 'right' ? visit.side : '',
                      doigts: visit.digits.join(','),
                    }).toString()}`}
                  >
                    Programmer au bloc
                  </Anchor>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
