import {
  Button,
  Chip,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { DIGITS, DIGIT_LABELS } from '../../electron/api/common/schemas/patient-file';
import {
  ANAESTHESIAS,
  ANAESTHESIA_LABELS,
  ZONES,
  ZONE_LABELS,
  type TheatreSession,
} from '../../electron/api/common/schemas/theatre';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { theatreKeys } from '../api/query-keys';
import { frDate, patientNameWithBirthName } from '../../electron/api/common/french';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useStoredDraft } from '../ui/use-stored-draft';

type Digit = (typeof DIGITS)[number];

export interface CasePrefill {
  readonly patientId: number;
  readonly patientName: string;
  readonly procedure: string;
  readonly side: 'left' | 'right' | null;
  readonly digits: Digit[];
}

const SIDE_WORDS = { left: 'main gauche', right: 'main droite' } as const;

/** Reads the case a consultation sends (/bloc?patient=…&nom=…&intervention=…&cote=…&doigts=…). */
export function prefillFrom(params: URLSearchParams): CasePrefill | null {
  const patientId = Number(params.get('patient'));
  if (!Number.isInteger(patientId) || patientId <= 0) return null;
  const side = params.get('cote');
  return {
    patientId,
    patientName: params.get('nom') ?? `dossier n° ${patientId}`,
    procedure: params.get('intervention') ?? '',
    side: side === 'left' || side === 'right' ? side : null,
    digits: (params.get('doigts') ?? '')
      .split(',')
      .filter((digit): digit is Digit => (DIGITS as readonly string[]).includes(digit)),
  };
}

/**
 * Adds a case to a session: the site is chosen, never typed (side, digits, joint or zone). Nothing
 * clinical is preselected (issue 22 item 15): the consultation's diagnosis and site are shown
 * beside the form and taken over only by a click; the anaesthesia is chosen every time. After
 * « Ajouter », the form closes (`onDone`), so a second click cannot add the case twice.
 */
export function NewCaseForm({
  session,
  prefill,
  onDone,
}: {
  session: TheatreSession;
  prefill: CasePrefill | null;
  onDone: () => void;
}) {
  const add = useApiMutation('theatre.addCase', [theatreKeys.day()]);
  // Opened where the person clicked: brought into view once, not at every keystroke.
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const found = useApiQuery(
    'patients.search',
    { query: debounced, limit: 10 },
    { enabled: debounced.trim().length > 1 },
  );
  const { draft, set, clear } = useStoredDraft<{
    patientId: number | null;
    procedure: string;
    side: 'left' | 'right' | null;
    digits: Digit[];
    zone: (typeof ZONES)[number] | null;
    plannedAnaesthesia: (typeof ANAESTHESIAS)[number] | null;
    estimatedMinutes: number;
    turnoverMinutes: number;
    notes: string;
  }>(
    `intervention:${session.id}`,
    {
      patientId: prefill?.patientId ?? null,
      procedure: '',
      side: null,
      digits: [],
      zone: null,
      plannedAnaesthesia: null,
      estimatedMinutes: 30,
      turnoverMinutes: 15,
      notes: '',
    },
    'une intervention à programmer',
  );
  const submit = () => {
    if (draft.patientId === null || draft.side === null || draft.plannedAnaesthesia === null) return;
    add.mutate(
      {
        sessionId: session.id,
        ...draft,
        patientId: draft.patientId,
        side: draft.side,
        plannedAnaesthesia: draft.plannedAnaesthesia,
      },
      {
        onSuccess: () => {
          clear();
          onDone();
        },
      },
    );
  };
  const consultationSite =
    prefill &&
    [prefill.side && SIDE_WORDS[prefill.side], prefill.digits.map((digit) => DIGIT_LABELS[digit]).join(', ')]
      .filter(Boolean)
      .join(', ');
  return (
    <Paper withBorder p="xs" mt="xs" bg="gray.0" data-testid="new-case-form" ref={formRef}>
      <Group gap="xs" mb={4}>
        <Text size="xs" fw={600}>
          Ajouter une intervention
        </Text>
        <Button size="compact-xs" variant="subtle" color="gray" onClick={onDone}>
          Fermer (le brouillon est gardé)
        </Button>
      </Group>
      {prefill && (
        <Group gap="xs" mb={4} data-testid="from-consultation">
          <Text size="xs">
            Consultation : <b>{prefill.procedure || 'sans diagnostic'}</b>
            {consultationSite && ` · ${consultationSite}`}
          </Text>
          {prefill.procedure && (
            <Button size="compact-xs" variant="light" onClick={() => set('procedure', prefill.procedure)}>
              Reprendre le diagnostic
            </Button>
          )}
          {prefill.side && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                set('side', prefill.side);
                set('digits', prefill.digits);
              }}
            >
              Reprendre le site
            </Button>
          )}
        </Group>
      )}
      <Group gap="xs" align="flex-end">
        <Select
          size="xs"
          w={260}
          label="Patient"
          searchable
          placeholder="nom, date de naissance…"
          searchValue={query}
          onSearchChange={setQuery}
          data={[
            ...(prefill && !found.data?.some((patient) => patient.id === prefill.patientId)
              ? [{ value: String(prefill.patientId), label: prefill.patientName }]
              : []),
            ...(found.data ?? []).map((patient) => ({
              value: String(patient.id),
              label: `${patientNameWithBirthName(patient)} (${frDate(patient.birthDate)})`,
            })),
          ]}
          value={draft.patientId === null ? null : String(draft.patientId)}
          onChange={(value) => set('patientId', value ? Number(value) : null)}
          error={
            fieldError(add.error, 'patientId') ?? (draft.patientId === null && add.isError ? 'à choisir' : undefined)
          }
        />
        <TextInput
          size="xs"
          w={240}
          label="Intervention"
          value={draft.procedure}
          onChange={(e) => set('procedure', e.currentTarget.value)}
          error={fieldError(add.error, 'procedure')}
        />
        <div>
          <Text size="xs" fw={500}>
            Côté
          </Text>
          <SegmentedControl
            size="xs"
            data={[
              { value: 'right', label: 'Main droite' },
              { value: 'left', label: 'Main gauche' },
            ]}
            value={draft.side ?? ''}
            onChange={(value) => set('side', value === 'left' || value === 'right' ? value : null)}
          />
        </div>
        <Select
          size="xs"
          w={210}
          label="Articulation ou zone"
          clearable
          data={ZONES.map((zone) => ({ value: zone, label: ZONE_LABELS[zone] }))}
          value={draft.zone}
          onChange={(value) => set('zone', value ?? null)}
        />
        <Select
          size="xs"
          w={170}
          label="Anesthésie prévue"
          placeholder="à choisir"
          allowDeselect={false}
          data={ANAESTHESIAS.map((value) => ({ value, label: ANAESTHESIA_LABELS[value] }))}
          value={draft.plannedAnaesthesia}
          onChange={(value) => value && set('plannedAnaesthesia', value)}
          error={fieldError(add.error, 'plannedAnaesthesia')}
        />
        <NumberInput
          size="xs"
          w={90}
          label="Durée (min)"
          min={0}
          max={600}
          value={draft.estimatedMinutes}
          onChange={(value) => set('estimatedMinutes', Number(value) || 0)}
        />
        <NumberInput
          size="xs"
          w={90}
          label="Rotation (min)"
          min={0}
          max={120}
          value={draft.turnoverMinutes}
          onChange={(value) => set('turnoverMinutes', Number(value) || 0)}
        />
      </Group>
      <Textarea
        size="xs"
        mt={6}
        label="Notes pour l’équipe"
        autosize
        minRows={1}
        value={draft.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={fieldError(add.error, 'notes')}
      />
      <Group gap={4} mt={6} align="center">
        <Text size="xs">Doigt(s) :</Text>
        <Chip.Group multiple value={draft.digits} onChange={(value) => set('digits', value)}>
          {DIGITS.map((digit) => (
            <Chip key={digit} value={digit} size="xs">
              {DIGIT_LABELS[digit]} ({digit})
            </Chip>
          ))}
        </Chip.Group>
        {fieldError(add.error, 'digits') && (
          <Text size="xs" c="red">
            {fieldError(add.error, 'digits')}
          </Text>
        )}
        <Button
          size="xs"
          ml="auto"
          onClick={submit}
          disabled={draft.patientId === null || draft.side === null || draft.plannedAnaesthesia === null}
          title={
            draft.plannedAnaesthesia === null
              ? 'Choisissez l’anesthésie prévue'
              : draft.side === null
                ? 'Choisissez le côté'
                : undefined
          }
          loading={add.isPending}
        >
          Ajouter au programme
        </Button>
      </Group>
      <ErrorAlert error={add.error} />
    </Paper>
  );
}
