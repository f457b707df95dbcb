import { Alert, Anchor, Button, Checkbox, Group, List, Paper, Stack, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { parseFrenchDate } from '../../electron/api/schemas/identity';
import type { PatientSummary } from '../../electron/api/schemas/patients';
import { call } from '../api/client';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useDraft } from '../ui/use-draft';
import { displayName, frDate } from './format';
import { EMPTY_PATIENT, draftToFields } from './patient-draft';
import { PatientFieldsForm } from './PatientFieldsForm';

/**
 * A new patient file. As soon as the birth name and date are known, files that look like the same
 * person are shown, before anything is saved: identity vigilance, not guesswork.
 */
export function PatientCreatePage() {
  const navigate = useNavigate();
  const { draft, set } = useDraft(EMPTY_PATIENT);
  const [duplicates, setDuplicates] = useState<PatientSummary[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const create = useApiMutation('patients.create', ['patients.search']);

  const checkDuplicates = async () => {
    const birthDate = parseFrenchDate(draft.birthDate);
    if (!draft.birthName.trim() || !birthDate) return;
    setDuplicates(
      await call('patients.findDuplicates', {
        birthName: draft.birthName,
        firstNames: draft.firstNames,
        birthDate,
      }).catch(() => []),
    );
  };
  const save = () => {
    create.mutate(
      { ...draftToFields(draft), confirmNotDuplicate: confirmed },
      { onSuccess: ({ id }) => void navigate(`/patients/${id}`) },
    );
  };
  useHotkeys([['mod+S', save]], []);

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
          <ErrorAlert error={create.error} />
          {duplicates.length > 0 && (
            <Alert color="orange" title="Dossiers qui ressemblent à cette personne" data-testid="duplicates">
              <List size="sm">
                {duplicates.map((patient) => (
                  <List.Item key={patient.id}>
                    <Anchor component={Link} to={`/patients/${patient.id}`}>
                      {displayName(patient)}
                    </Anchor>{' '}
                    né(e) le {frDate(patient.birthDate)}, {patient.city || 'ville inconnue'}
                    {patient.lastVisit ? `, vu(e) le ${frDate(patient.lastVisit)}` : ''}
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
          <PatientFieldsForm
            draft={draft}
            set={set}
            error={create.error}
            onIdentityBlur={() => void checkDuplicates()}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} title="Ctrl+S">
              Créer le dossier
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
