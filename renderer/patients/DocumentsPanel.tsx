import { Anchor, Button, FileButton, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PatientDocument } from '../../electron/api/common/schemas/patient-file';
import { useApiMutation } from '../api/hooks';
import { patientKeys } from '../api/query-keys';
import { ErrorAlert } from '../ui/errors';
import { frDateTime } from '../../electron/api/common/french';
import { neutraliseBidi } from '../../electron/api/common/shown-names';
import { useDocumentUrl } from './use-document-url';

function DocumentTile({
  document,
  onOpen,
}: {
  document: PatientDocument;
  onOpen: (document: PatientDocument) => void;
}) {
  const url = useDocumentUrl(document.id);
  // Shown as it is (issue 27): a row from before may still hold bidirectional controls.
  const name = neutraliseBidi(document.fileName);
  const isImage = document.mime.startsWith('image/') && document.mime !== 'image/tiff';
  return (
    <Paper p={4} withBorder data-testid="document-tile">
      {isImage && url ? (
        <Image
          src={url}
          h={110}
          fit="contain"
          alt={name}
          style={{ cursor: 'pointer' }}
          onClick={() => {
            onOpen(document);
          }}
        />
      ) : document.mime === 'audio/wav' && url ? (
        // A dictation kept by its surgeon: listened to in place.
        <Stack h={110} justify="center" gap={4}>
          <Text size="xs" c="dimmed" ta="center">
            Enregistrement de dictée
          </Text>
          <audio controls src={url} style={{ width: '100%', height: 28 }} aria-label={`Écouter ${name}`} />
        </Stack>
      ) : (
        <Text size="xl" ta="center" h={110} pt={30}>
          📄
        </Text>
      )}
      {url ? (
        <Anchor size="xs" href={url} download={name} display="block" truncate>
          {name}
        </Anchor>
      ) : (
        <Text size="xs" truncate>
          {name}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {frDateTime(document.at)} · {document.by}
      </Text>
    </Paper>
  );
}

export function DocumentsPanel({ patientId, documents }: { patientId: number; documents: readonly PatientDocument[] }) {
  const add = useApiMutation('documents.add', [patientKeys.file()]);
  const [opened, setOpened] = useState<PatientDocument | null>(null);
  const [reading, setReading] = useState<unknown>(null);

  const upload = async (files: File[]) => {
    setReading(null);
    for (const file of files) {
      try {
        await add.mutateAsync({ patientId, visitId: null, fileName: file.name, content: await file.arrayBuffer() });
      } catch (error) {
        setReading(error);
        return;
      }
    }
  };

  return (
    <>
      <Group mb="xs">
        <FileButton
          onChange={(files) => void upload(files)}
          multiple
          accept="image/png,image/jpeg,image/webp,image/tiff,application/pdf,audio/wav"
        >
          {(props) => (
            <Button size="xs" {...props} loading={add.isPending}>
              Joindre des photos ou des PDF
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          JPEG, PNG, WebP, TIFF, PDF, WAV ; 15 Mo au plus. Le contenu est vérifié, pas seulement l’extension.
        </Text>
      </Group>
      <ErrorAlert error={reading} />
      <SimpleGrid cols={6} spacing="xs">
        {documents.map((document) => (
          <DocumentTile key={document.id} document={document} onOpen={setOpened} />
        ))}
      </SimpleGrid>
      {opened && (
        <OpenedDocument
          document={opened}
          onClose={() => {
            setOpened(null);
          }}
        />
      )}
    </>
  );
}

function OpenedDocument({ document, onClose }: { document: PatientDocument; onClose: () => void }) {
  const url = useDocumentUrl(document.id);
  const name = neutraliseBidi(document.fileName);
  return (
    <Paper withBorder p="xs" mt="sm" data-testid="opened-document">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Button size="compact-xs" variant="default" onClick={onClose}>
          Fermer
        </Button>
      </Group>
      {url && <Image src={url} mah={600} fit="contain" alt={name} />}
    </Paper>
  );
}
