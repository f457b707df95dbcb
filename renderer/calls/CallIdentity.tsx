import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { frDate } from '../../electron/api/common/french';
import { CALLER_KIND_LABELS, CALLER_KINDS } from '../../electron/api/common/schemas/calls';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import { useApiQuery } from '../api/hooks';
import { fieldError } from '../ui/errors';
import { updateCallDraft, type CallDraft } from './call-draft';

/**
 * Who is calling, and for whom (issue 26). The number says only how many files hold it; the files
 * are shown once the caller has given the birth date (identity vigilance: a mother and her
 * daughter share a phone, and a name alone opens the wrong homonym).
 */
export function CallIdentity({ draft, error }: { draft: CallDraft; error: unknown }) {
  const birthDate = parseFrenchDate(draft.birthDate);
  const [query] = useDebouncedValue({ number: draft.number, birthDate, name: draft.patientName }, 150);
  const identified = useApiQuery('calls.identify', query, {
    cancellable: true,
    placeholderData: (previous) => previous,
  });
  // Said only of what is typed now: an answer for an earlier number (kept while the next one is
  // read) would say « aucun dossier » of a number that has files.
  const settled =
    !identified.isPlaceholderData &&
    query.number === draft.number &&
    query.birthDate === birthDate &&
    query.name === draft.patientName;
  const found = settled ? identified.data : undefined;
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Numéro de l’appelant"
          data-autofocus
          data-testid="call-number"
          size="xs"
          value={draft.number}
          onChange={(event) => updateCallDraft({ number: event.currentTarget.value, patient: null })}
          error={fieldError(error, 'number')}
          w={170}
        />
        <TextInput
          label="Nom de l’appelant"
          size="xs"
          value={draft.callerName}
          onChange={(event) => updateCallDraft({ callerName: event.currentTarget.value })}
          error={fieldError(error, 'callerName')}
          style={{ flex: 1 }}
        />
      </Group>
      <SegmentedControl
        size="xs"
        aria-label="Qui appelle"
        value={draft.callerKind}
        onChange={(value) => updateCallDraft({ callerKind: value })}
        data={CALLER_KINDS.map((kind) => ({ value: kind, label: CALLER_KIND_LABELS[kind] }))}
      />
      {found && draft.number.replace(/\D/g, '').length >= 6 && (
        <Text size="xs" c="dimmed" data-testid="files-with-number">
          {found.filesWithNumber === 0
            ? 'Aucun dossier n’a ce numéro : demander le nom et la date de naissance du patient.'
            : `${found.filesWithNumber} dossier${found.filesWithNumber > 1 ? 's ont' : ' a'} ce numéro : demander la date de naissance du patient.`}
        </Text>
      )}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Date de naissance du patient"
          placeholder="jj/mm/aaaa"
          data-testid="call-birth-date"
          size="xs"
          value={draft.birthDate}
          onChange={(event) => updateCallDraft({ birthDate: event.currentTarget.value, patient: null })}
          error={
            fieldError(error, 'confirmedBirthDate') ??
            (draft.birthDate.trim().length >= 8 && !birthDate ? 'date attendue : jj/mm/aaaa' : undefined)
          }
          w={170}
        />
        <TextInput
          label="Nom du patient (autre numéro)"
          size="xs"
          value={draft.patientName}
          onChange={(event) => updateCallDraft({ patientName: event.currentTarget.value, patient: null })}
          style={{ flex: 1 }}
        />
      </Group>
      {birthDate && found && (
        <Stack gap={2} data-testid="call-matches">
          {found.matches.length === 0 && (
            <Text size="xs" c="orange.9">
              Aucun dossier né le {frDate(birthDate)} avec ce numéro ou ce nom : l’appel sera consigné sans dossier.
            </Text>
          )}
          {found.matches.map((match) => {
            const chosen = draft.patient?.id === match.id;
            return (
              <Button
                key={match.id}
                size="compact-xs"
                variant={chosen ? 'filled' : 'light'}
                justify="flex-start"
                onClick={() => updateCallDraft({ patient: chosen ? null : match })}
                aria-pressed={chosen}
              >
                {match.name} · né(e) le {frDate(match.birthDate)}
                {chosen ? ' ✓' : ''}
              </Button>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
