import { Alert, Badge, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import type { PatientFile } from '../../electron/api/common/schemas/patient-file';
import {
  ID_DOCUMENTS,
  ID_DOCUMENT_LABELS,
  IDENTITY_STATUSES,
  IDENTITY_STATUS_LABELS,
  patientFieldsSchema,
  type IdDocument,
  type PatientFields,
} from '../../electron/api/common/schemas/patients';

/** A field's name as the form says it (its schema's title). */
const fieldLabel = (key: string): string => {
  const shape: Readonly<Record<string, { meta: () => { title?: unknown } | undefined } | undefined>> =
    patientFieldsSchema.shape;
  const title = shape[key]?.meta()?.title;
  return typeof title === 'string' ? title : key;
};
import { useApiMutation } from '../api/hooks';
import { patientKeys } from '../api/query-keys';
import { EditConflictPanel } from '../ui/EditConflictPanel';
import { conflictOf, ErrorAlert, fieldError } from '../ui/errors';
import { useDraft } from '../ui/use-draft';
import { downloadBase64 } from '../ui/download';
import { frDate, frDateTime } from '../../electron/api/common/french';
import { draftToFields, fieldsToDraft } from './patient-draft';
import { PatientFieldsForm } from './PatientFieldsForm';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';

export function IdentityPanel({
  file,
  canEdit,
  isAdmin,
  canExport,
}: {
  file: PatientFile;
  canEdit: boolean;
  isAdmin: boolean;
  canExport: boolean;
}) {
  const { draft, base, set, reset, dirty, revert } = useDraft(fieldsToDraft(file.fields));
  const update = useApiMutation('patients.update', [patientKeys.file(), patientKeys.searches()]);
  const changeStatus = useApiMutation('patients.changeIdentityStatus', [patientKeys.file()]);
  const merge = useApiMutation('patients.merge', [patientKeys.file(), patientKeys.searches()]);
  const exportFile = useApiMutation('patientFile.export');
  const [status, setStatus] = useState<string | null>(file.identityStatus);
  const [reason, setReason] = useState('');
  const [idDocument, setIdDocument] = useState<IdDocument | null>(null);
  const needsDocument = status === 'validated' || status === 'qualified';
  const [mergeId, setMergeId] = useState<number | string>('');
  const [mergeReason, setMergeReason] = useState('');

  // The version the typing is based on (issue 14). A change saved elsewhere refreshes the form only
  // when nothing is being typed (or it is this seat's own save coming back); otherwise the typing
  // stays, and saving it shows both versions instead of overwriting the other one.
  const [baseVersion, setBaseVersion] = useState(file.version);
  const typing = useRef({ draft, dirty });
  useEffect(() => {
    typing.current = { draft, dirty };
  });
  useEffect(() => {
    const incoming = fieldsToDraft(file.fields);
    if (!typing.current.dirty || JSON.stringify(incoming) === JSON.stringify(typing.current.draft)) {
      reset(incoming);
      setBaseVersion(file.version);
    }
  }, [file.fields, file.version, reset]);
  const conflict = conflictOf(update.error);
  const save = (version = baseVersion, fields = draftToFields(draft)) => {
    if (canEdit && fields)
      update.mutate(
        { id: file.id, version, ...fields },
        {
          // The form now holds what was saved, based on the version saved.
          onSuccess: (saved) => {
            reset(fieldsToDraft(fields));
            setBaseVersion(saved.version);
            notifications.show({ message: 'Dossier enregistré.', color: 'teal' });
          },
        },
      );
  };
  const changedElsewhere = file.version !== baseVersion && dirty;
  usePhysicalHotkeys([['mod+S', () => save()]], []);

  return (
    <Stack gap="sm">
      <Paper p="sm" withBorder>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <ErrorAlert error={update.error} />
          {changedElsewhere && !conflict && (
            <Alert color="yellow" variant="light" py="xs" mb="xs">
              {file.updatedByName ?? 'Un autre poste'} vient d’enregistrer ce dossier ; votre saisie est gardée et les
              deux versions seront comparées à l’enregistrement.
            </Alert>
          )}
          {conflict && (
            <EditConflictPanel
              conflict={conflict}
              base={draftToFields(base) ?? {}}
              mine={draftToFields(draft) ?? {}}
              labelOf={fieldLabel}
              onSaveMerged={(merged) => {
                save(conflict.version, merged as PatientFields);
              }}
              onTakeTheirs={() => {
                reset(fieldsToDraft(conflict.current as PatientFields));
                setBaseVersion(conflict.version);
                update.reset();
              }}
            />
          )}
          <PatientFieldsForm
            draft={draft}
            set={set}
            error={update.error}
            readOnly={!canEdit}
            initialGp={file.gp}
            initialReferrer={file.referrer}
          />
          {canEdit && (
            <Group justify="flex-end" mt="xs" gap="xs">
              {dirty && (
                <Badge color="orange" variant="light">
                  Modifications non enregistrées
                </Badge>
              )}
              <Button size="xs" variant="default" disabled={!dirty} onClick={revert}>
                Revenir aux valeurs enregistrées
              </Button>
              <Button size="xs" type="submit" disabled={!dirty} loading={update.isPending} title="Ctrl+S">
                Enregistrer
              </Button>
            </Group>
          )}
        </form>
      </Paper>
      <Paper p="sm" withBorder>
        <Text fw={600} size="sm" mb={4}>
          Statut de l’identité (INS)
        </Text>
        <Group gap="xs" align="flex-end">
          <Select
            size="xs"
            label="Nouveau statut"
            disabled={!canEdit}
            data={IDENTITY_STATUSES.map((value) => ({ value, label: IDENTITY_STATUS_LABELS[value] }))}
            value={status}
            onChange={setStatus}
          />
          <TextInput
            size="xs"
            w={380}
            label="Motif (obligatoire)"
            disabled={!canEdit}
            placeholder="ex. carte d’identité vue au guichet"
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
            error={fieldError(changeStatus.error, 'reason') ?? fieldError(changeStatus.error, 'status')}
          />
          {needsDocument && (
            <Select
              size="xs"
              w={300}
              label="Pièce d’identité vérifiée"
              disabled={!canEdit}
              data={ID_DOCUMENTS.map((value) => ({ value, label: ID_DOCUMENT_LABELS[value] }))}
              value={idDocument}
              onChange={(value) => {
                setIdDocument(value);
              }}
              error={fieldError(changeStatus.error, 'idDocument')}
            />
          )}
          <Button
            size="xs"
            disabled={!canEdit || status === file.identityStatus}
            onClick={() =>
              status &&
              changeStatus.mutate(
                {
                  id: file.id,
                  status: status as PatientFile['identityStatus'],
                  reason,
                  idDocument: needsDocument ? idDocument : null,
                },
                {
                  onSuccess: () => {
                    setReason('');
                    setIdDocument(null);
                  },
                },
              )
            }
          >
            Changer le statut
          </Button>
        </Group>
        {file.identityHistory.map((change) => (
          <Text key={change.at} size="xs" c="dimmed">
            {frDateTime(change.at)} · {change.by} : {IDENTITY_STATUS_LABELS[change.from]} →{' '}
            {IDENTITY_STATUS_LABELS[change.to]} ({change.reason})
          </Text>
        ))}
      </Paper>
      <Group gap="sm" align="flex-start">
        <Paper p="sm" withBorder>
          <Text size="sm">
            Conservation du dossier jusqu’au <b>{frDate(file.retentionUntil)}</b>
          </Text>
          {canExport && (
            <>
              <Button
                size="xs"
                mt="xs"
                variant="default"
                loading={exportFile.isPending}
                onClick={() => {
                  exportFile.mutate({ id: file.id }, { onSuccess: (exported) => downloadBase64(exported.zip) });
                }}
              >
                Exporter le dossier (droit d’accès)
              </Button>
              {exportFile.data && (
                <Text size="xs" mt={4} maw={420} data-testid="export-saved">
                  Enregistré par le navigateur sous «&nbsp;{exportFile.data.zip.fileName}&nbsp;», dans son dossier de
                  téléchargements (ou à l’endroit choisi s’il le demande). C’est la seule copie : Paume n’en garde
                  aucune sur le poste hôte. Elle contient le dossier en clair : la remettre au patient, puis l’effacer.
                </Text>
              )}
              <ErrorAlert error={exportFile.error} />
            </>
          )}
        </Paper>
        {isAdmin && (
          <Paper p="sm" withBorder>
            <Text fw={600} size="sm">
              Fusionner un doublon dans ce dossier
            </Text>
            <Group gap="xs" align="flex-end">
              <NumberInput
                size="xs"
                w={140}
                label="N° du dossier en double"
                value={mergeId}
                onChange={setMergeId}
                error={fieldError(merge.error, 'mergeId')}
              />
              <TextInput
                size="xs"
                w={260}
                label="Motif"
                value={mergeReason}
                onChange={(e) => {
                  setMergeReason(e.currentTarget.value);
                }}
                error={fieldError(merge.error, 'reason')}
              />
              <Button
                size="xs"
                color="orange"
                disabled={!mergeId}
                onClick={() => {
                  merge.mutate({ keepId: file.id, mergeId: Number(mergeId), reason: mergeReason });
                }}
              >
                Fusionner
              </Button>
            </Group>
            <ErrorAlert error={merge.error} />
          </Paper>
        )}
      </Group>
    </Stack>
  );
}
