import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EventPayload } from '../../../electron/api/common/contract';
import { uploadModel } from '../../api/upload';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { dictationKeys } from '../../api/query-keys';
import { useServerEvent } from '../../api/use-live-lists';
import { ErrorAlert, fieldError } from '../../ui/errors';
import { TemplatesEditor } from './TemplatesEditor';
import { VocabularyEditor } from './VocabularyEditor';

/** Speech models (administrators) and each surgeon's own vocabulary. */
export function DictationPanel({ isAdmin, isSurgeon }: { isAdmin: boolean; isSurgeon: boolean }) {
  const client = useQueryClient();
  const status = useApiQuery('dictation.status', {});
  const download = useApiMutation('dictation.downloadModel', [dictationKeys.status()]);
  const importModel = useApiMutation('dictation.importModel', [dictationKeys.status()]);
  const useModel = useApiMutation('dictation.useModel', [dictationKeys.status()]);
  const [progress, setProgress] = useState<Record<string, EventPayload<'dictation.modelProgress'>>>({});
  const [path, setPath] = useState('');

  // The status itself is read again when a download ends (api/event-keys.ts).
  useServerEvent('dictation.modelProgress', (event) => {
    setProgress((current) => ({ ...current, [event.modelId]: event }));
  });

  const [showEngine, setShowEngine] = useState(false);
  const [uploadShare, setUploadShare] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const sendModel = async (file: File | null) => {
    if (!file) return;
    setUploadError(null);
    setUploadShare(0);
    try {
      await uploadModel(file, setUploadShare);
      await client.invalidateQueries({ queryKey: dictationKeys.status() });
    } catch (error) {
      setUploadError(error);
    } finally {
      setUploadShare(null);
    }
  };

  return (
    <Stack gap="sm" maw={1000}>
      <Paper withBorder p="sm">
        <Title order={5}>Modèle de reconnaissance vocale</Title>
        {status.data && !status.data.model ? (
          <Alert color="orange" py={6} mb="xs">
            La dictée attend un modèle : cliquez sur « Télécharger » en face du modèle recommandé ci-dessous (ou
            importez un fichier .bin apporté sur une clé).
          </Alert>
        ) : (
          <Text size="sm" mb="xs">
            En service : <b>{status.data?.model ?? '…'}</b>. La reconnaissance se fait sur cet ordinateur ; rien ne part
            sur Internet.
          </Text>
        )}
        {/* Engine details are for whoever maintains the machine, not for the person dictating (issue 10). */}
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          w="fit-content"
          onClick={() => setShowEngine((shown) => !shown)}
        >
          {showEngine ? 'masquer les détails' : 'détails'}
        </Button>
        {showEngine && (
          <Text size="xs" c="dimmed" mb="xs" data-testid="engine-details">
            Moteur : {status.data?.engine ?? '…'}.
          </Text>
        )}
        <Table fz="sm" verticalSpacing={4}>
          <Table.Tbody>
            {(status.data?.catalog ?? []).map((model) => {
              const live = progress[model.id];
              return (
                <Table.Tr key={model.id}>
                  <Table.Td>
                    {model.label}
                    {model.recommended && (
                      <Badge size="xs" ml={6}>
                        recommandé
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{model.approximateMiB} Mo</Table.Td>
                  <Table.Td w={320}>
                    {model.installed ? (
                      model.inUse ? (
                        <Badge color="teal">en service</Badge>
                      ) : isAdmin ? (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => {
                            useModel.mutate({ modelId: model.id });
                          }}
                        >
                          Utiliser ce modèle
                        </Button>
                      ) : (
                        <Badge color="gray">installé</Badge>
                      )
                    ) : live?.state === 'running' ? (
                      <Progress
                        value={live.total ? (100 * live.received) / live.total : 0}
                        animated
                        aria-label={`Téléchargement ${model.id}`}
                      />
                    ) : live?.state === 'failed' ? (
                      <Text size="xs" c="red">
                        {live.message}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {isAdmin && !model.installed && (
                      <Button
                        size="compact-xs"
                        disabled={model.downloading || live?.state === 'running'}
                        onClick={() => {
                          download.mutate({ modelId: model.id });
                        }}
                      >
                        Télécharger {live?.state === 'failed' ? '(reprendre)' : ''}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <ErrorAlert error={download.error} />
        {isAdmin && (
          <Group gap="xs" align="flex-end" mt="xs">
            <TextInput
              size="xs"
              w={460}
              label="Ou importer un fichier modèle (ggml) présent sur cet ordinateur"
              placeholder="/media/cle-usb/ggml-small-q5_1.bin"
              value={path}
              onChange={(e) => {
                setPath(e.currentTarget.value);
              }}
              error={fieldError(importModel.error, 'path')}
            />
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                importModel.mutate({ path });
              }}
            >
              Importer
            </Button>
            {/* From another seat the server cannot read this machine's disk: send the file itself. */}
            {!window.paume && (
              <FileButton onChange={(file) => void sendModel(file)} accept=".bin">
                {(props) => (
                  <Button size="xs" variant="default" loading={uploadShare !== null} {...props}>
                    Envoyer un fichier modèle depuis ce poste
                  </Button>
                )}
              </FileButton>
            )}
            {uploadShare !== null && <Progress w={160} value={uploadShare * 100} aria-label="Envoi du modèle" />}
          </Group>
        )}
        <ErrorAlert error={uploadError} />
      </Paper>
      {isSurgeon && <VocabularyEditor />}
      {isAdmin && <TemplatesEditor />}
    </Stack>
  );
}
