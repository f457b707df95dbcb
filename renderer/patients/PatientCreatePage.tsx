import { Alert, Anchor, Button, Checkbox, Group, List, Paper, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import type { PatientSummary } from '../../electron/api/common/schemas/patients';
import { ApiCallError, call } from '../api/client';
import { apiQuery, useApiMutation } from '../api/hooks';
import { inboxKeys, patientKeys } from '../api/query-keys';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useStoredDraft } from '../ui/use-stored-draft';
import { bornWord, frDate, patientNameWithBirthName } from '../../electron/api/common/french';
import { EMPTY_PATIENT, draftToFields } from './patient-draft';
import { PatientFieldsForm } from './PatientFieldsForm';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';

/**
 * A new patient file. As soon as the birth name and date are known, files that look like the same
 * person are shown, before anything is saved: identity vigilance, not guesswork.
 */
export function PatientCreatePage() {
  const navigate = useNavigate();
  const { draft, set, clear, dirty } = useStoredDraft('nouveau-patient', EMPTY_PATIENT, 'un nouveau dossier patient');
  const [duplicates, setDuplicates] = useState<PatientSummary[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const create = useApiMutation('patients.create', [patientKeys.searches()]);
  // Opened from an inbox message (issue 11): the provisional identity is read from the message,
  // and the new file is linked to it once saved.
  const [searchParams] = useSearchParams();
  const fromMessage = Number(searchParams.get('message')) || null;
  const [prefilledFrom, setPrefilledFrom] = useState<number | null>(null);
  const client = useQueryClient();
  useEffect(() => {
    if (fromMessage === null || prefilledFrom === fromMessage || dirty) return;
    void client.query(apiQuery('inbox.newPatientHints', { id: fromMessage })).then((hints) => {
      setPrefilledFrom(fromMessage);
      set('birthName', hints.birthName);
      set('firstNames', hints.firstNames);
      set('birthDate', frDate(hints.birthDate));
      set('email', hints.email);
      set('phoneMobile', hints.phone);
    });
  }, [client, fromMessage, prefilledFrom, dirty, set]);
  // The message now names its patient, on this seat too (the queue, the message, the file's list).
  const link = useApiMutation('inbox.linkPatient', [inboxKeys.queue(), inboxKeys.message(), inboxKeys.ofPatient()]);

  const checkDuplicates = async () => {
    const birthDate = parseFrenchDate(draft.birthDate);
    if (!draft.birthName.trim() || !birthDate) return;
    setDuplicates(
      // A check run when the identity is left, its answer kept with the form: not a read to cache.
      await call('patients.findDuplicates', {
        birthName: draft.birthName,
        firstNames: draft.firstNames,
        birthDate,
      }).catch(() => []),
    );
  };
  const [localError, setLocalError] = useState<ApiCallError | null>(null);
  const save = () => {
    const fields = draftToFields(draft);
    if (!fields) {
      setLocalError(
        new ApiCallError({ code: 'INVALID_INPUT', message: 'Sexe : à choisir.', fields: { sex: 'à choisir' } }),
      );
      return;
    }
    setLocalError(null);
    create.mutate(
      { ...fields, confirmNotDuplicate: confirmed },
      {
        onSuccess: ({ id }) => {
          clear();
          if (fromMessage === null) {
            void navigate(`/patients/${id}`);
            return;
          }
          link.mutate(
            // The file was just made from this message, by a person reading it: that is the check.
            { id: fromMessage, patientId: id, evidence: 'dossier créé depuis ce message', confirmMismatch: true },
            { onSettled: () => void navigate('/secretariat') },
          );
        },
      },
    );
  };
  usePhysicalHotkeys([['mod+S', save]], []);

  return (
    <Paper p="md" withBorder maw={1200}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack gap="xs">
          <Title order={3}>Nouveau dossier patient</Title>
          <ErrorAlert error={localError ?? create.error} />
          <PatientFieldsForm
            draft={draft}
            set={set}
            error={localError ?? create.error}
            onIdentityBlur={() => void checkDuplicates()}
            autoFocusFirst
          />
          {/* Below the fields, never above: appearing, it must not move the field under the pointer. */}
          {duplicates.length > 0 && (
            <Alert color="orange" title="Dossiers qui ressemblent à cette personne" data-testid="duplicates">
              <List size="sm">
                {duplicates.map((patient) => (
                  <List.Item key={patient.id}>
                    <Anchor component={Link} to={`/patients/${patient.id}`}>
                      {patientNameWithBirthName(patient)}
                    </Anchor>{' '}
                    {bornWord(patient.sex)} le {frDate(patient.birthDate)}, {patient.city || 'ville inconnue'}
                    {patient.lastVisit ? `, vu le ${frDate(patient.lastVisit)}` : ''}
                  </List.Item>
                ))}
              </List>
              <Checkbox
                mt="xs"
                label="J’ai vérifié : il s’agit d’une autre personne"
                checked={confirmed}
                onChange={(e) => {
                  setConfirmed(e.currentTarget.checked);
                }}
                error={fieldError(create.error, 'confirmNotDuplicate')}
              />
            </Alert>
          )}

          <Group justify="flex-end">
            {dirty && (
              <Button
                variant="subtle"
                color="gray"
                onClick={() => {
                  clear();
                  setDuplicates([]);
                  setConfirmed(false);
                }}
              >
                Vider le formulaire
              </Button>
            )}
            <Button type="submit" loading={create.isPending} title="Ctrl+S">
              Créer le dossier
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
