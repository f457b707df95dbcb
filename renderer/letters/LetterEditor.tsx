import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { frTime } from '../../electron/api/common/french';
import { call } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { letterKeys, liaisonKeys } from '../api/query-keys';
import { ErrorAlert } from '../ui/errors';
import { useUnsavedWork } from '../ui/unsaved-work';
import { PagePreview } from './PagePreview';

import { useDictation } from './use-dictation';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';

interface Props {
  visitId: number;
  kind: string;
  label: string;
  sections: { key: string; title: string }[];
  onDone: () => void;
}

/**
 * A letter already filled from the file, with free sections to type or dictate (F2 starts and
 * stops dictation into the section being edited), a preview read back from the .docx itself, and
 * generation (Ctrl+Entrée).
 */
export function LetterEditor({ visitId, kind, label, sections, onDone }: Props) {
  const [texts, setTexts] = useState<Record<string, string> | null>(null);
  const [focused, setFocused] = useState(sections[0]?.key ?? '');
  const focusedRef = useRef(focused);
  useEffect(() => {
    focusedRef.current = focused;
  }, [focused]);
  // A lettre de liaison signed leaves the Bloc's list of those who left without one.
  const generate = useApiMutation('letters.generate', [letterKeys.list(), liaisonKeys.missing()]);
  const discardDraft = useApiMutation('letters.discardDraft', [letterKeys.drafts()]);
  const [debounced] = useDebouncedValue(texts, 400);
  const preview = useApiQuery(
    'letters.preview',
    { visitId, kind, sections: debounced ?? {} },
    { enabled: debounced !== null, staleTime: 0, placeholderData: keepPreviousData },
  );

  // The draft lives on the server (issue 10): typed work survives a tab switch, a reload, a crash
  // of the page, and is found from another seat or the next day.
  const [draftSavedAt, setDraftSavedAt] = useState<string | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const lastSaved = useRef<string | null>(null);
  const [openedJson, setOpenedJson] = useState<string | null>(null);
  const latestTexts = useRef<Record<string, string> | null>(null);
  useEffect(() => {
    latestTexts.current = texts;
  }, [texts]);
  // Read once to start the typing from, never again under it (a refetch would overwrite what is
  // typed); the saves below are writes on every pause and on leaving, outside any cache.
  useEffect(() => {
    void call('letters.draft', { visitId, kind }).then((opened) => {
      lastSaved.current = JSON.stringify(opened.sections);
      setOpenedJson(lastSaved.current);
      setDraftSavedAt(opened.savedDraft?.at ?? null);
      setTexts(opened.sections);
    });
  }, [visitId, kind]);
  useEffect(() => {
    if (!debounced || JSON.stringify(debounced) === lastSaved.current) return;
    const json = JSON.stringify(debounced);
    void call('letters.saveDraft', { visitId, kind, sections: debounced }).then((saved) => {
      lastSaved.current = json;
      setDraftSavedAt(saved.at);
    });
  }, [debounced, visitId, kind]);
  // Leaving before the last keystrokes were saved (closing the tab of the file): save them now.
  useEffect(
    () => () => {
      const pending = latestTexts.current;
      if (pending && JSON.stringify(pending) !== lastSaved.current)
        void call('letters.saveDraft', { visitId, kind, sections: pending }).catch(() => undefined);
    },
    [visitId, kind],
  );
  useUnsavedWork(
    `letter-${visitId}-${kind}`,
    label,
    draftSavedAt !== null || (texts !== null && JSON.stringify(texts) !== openedJson),
    true, // letters keep their draft on the server (letters.saveDraft), flushed when the editor closes
  );
  const discard = () => {
    discardDraft.mutate(
      { visitId, kind },
      {
        onSuccess: () => {
          lastSaved.current = null;
          latestTexts.current = null;
          setDraftSavedAt(null);
          onDone();
        },
      },
    );
  };

  const insertText = (text: string) => {
    if (!text) return;
    const key = focusedRef.current;
    setTexts((current) =>
      current ? { ...current, [key]: `${(current[key] ?? '').trimEnd()}${current[key] ? ' ' : ''}${text}` } : current,
    );
  };
  // Off by default: the audio stays in memory and is gone once recognised, unless kept.
  const [keepRecording, setKeepRecording] = useState(false);
  const dictation = useDictation(insertText, { keepRecording, visitId });
  const transcribeFile = useApiMutation('dictation.transcribeFile');
  const sendWav = (file: File | null) => {
    if (!file) return;
    void file.arrayBuffer().then((content) => {
      transcribeFile.mutate(
        { content },
        {
          onSuccess: (result) => {
            insertText(result.text);
          },
        },
      );
    });
  };
  const save = () =>
    texts &&
    generate.mutate(
      { visitId, kind, sections: texts },
      {
        onSuccess: (letter) => {
          // The server dropped the draft with the generation: nothing left to save on closing.
          lastSaved.current = JSON.stringify(texts);
          setDraftSavedAt(null);
          notifications.show({ message: `Courrier généré (version ${letter.version}).`, color: 'teal' });
          onDone();
        },
      },
    );
  usePhysicalHotkeys(
    [
      ['F2', dictation.toggle],
      ['mod+Enter', save],
    ],
    [],
  );

  if (!texts) return <Text size="sm">Préparation du courrier…</Text>;
  const recording = dictation.view.state === 'recording';

  return (
    <SimpleGrid cols={2} spacing="sm">
      <Stack gap="xs">
        <Group gap="xs">
          <Button
            size="xs"
            color={recording ? 'red' : 'teal'}
            onClick={dictation.toggle}
            loading={dictation.view.state === 'starting' || dictation.view.state === 'finishing'}
            title="F2"
          >
            {recording ? '■ Arrêter la dictée (F2)' : '● Dicter (F2)'}
          </Button>
          {recording && (
            <Badge color="red" variant="dot" data-testid="recording">
              Enregistrement — {dictation.view.receivedSeconds.toFixed(0)} s envoyées, parole détectée :{' '}
              {dictation.view.speechSeconds.toFixed(1)} s
            </Badge>
          )}
          <FileButton onChange={sendWav} accept="audio/wav,.wav">
            {(props) => (
              <Button size="xs" variant="default" loading={transcribeFile.isPending} {...props}>
                Transcrire un fichier WAV
              </Button>
            )}
          </FileButton>
          <Checkbox
            size="xs"
            label="Conserver l’enregistrement"
            title="L’audio de la dictée est rangé dans les documents du patient. Sinon, rien n’est écrit sur le disque."
            checked={keepRecording}
            disabled={dictation.view.state !== 'idle'}
            onChange={(event) => {
              setKeepRecording(event.currentTarget.checked);
            }}
          />
          {!recording && dictation.view.receivedSeconds > 0 && (
            <Badge variant="light" data-testid="dictation-summary">
              Dernière dictée : {dictation.view.speechSeconds.toFixed(1)} s de parole sur{' '}
              {dictation.view.receivedSeconds.toFixed(0)} s
            </Badge>
          )}
          {!recording && dictation.view.kept && (
            <Badge variant="light" color="grape" data-testid="recording-kept">
              Enregistrement conservé dans Documents : {dictation.view.kept}
            </Badge>
          )}
        </Group>
        {dictation.view.error && (
          <Alert color="red" py={4}>
            {dictation.view.error}
          </Alert>
        )}
        <ErrorAlert error={transcribeFile.error} />
        {sections.map((section) => (
          <Textarea
            key={section.key}
            label={`${section.title}${focused === section.key ? ' — la dictée va ici' : ''}`}
            autosize
            minRows={3}
            value={texts[section.key] ?? ''}
            onFocus={() => {
              setFocused(section.key);
            }}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setTexts((current) => (current ? { ...current, [section.key]: value } : current));
            }}
            description={
              recording && focused === section.key && dictation.view.partial
                ? `En cours : ${dictation.view.partial}`
                : undefined
            }
          />
        ))}
        <ErrorAlert error={generate.error} />
        <Group justify="flex-end">
          <Text size="xs" c="dimmed" mr="auto" data-testid="draft-state">
            {draftSavedAt
              ? `Brouillon enregistré à ${frTime(draftSavedAt)}`
              : 'Brouillon enregistré au fil de la frappe'}
          </Text>
          {confirmingDiscard ? (
            <>
              <Text size="xs" c="red">
                Effacer le brouillon ? Le texte tapé sera perdu.
              </Text>
              <Button size="xs" color="red" variant="light" onClick={discard}>
                Effacer le brouillon
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirmingDiscard(false)}>
                Garder
              </Button>
            </>
          ) : (
            <Button size="xs" variant="subtle" color="red" onClick={() => setConfirmingDiscard(true)}>
              Effacer le brouillon…
            </Button>
          )}
          <Button size="xs" variant="default" onClick={onDone} title="Le brouillon reste enregistré">
            Fermer (brouillon gardé)
          </Button>
          <Button size="xs" onClick={save} loading={generate.isPending} disabled={recording} title="Ctrl+Entrée">
            Générer le courrier
          </Button>
        </Group>
      </Stack>
      <Paper withBorder p="sm" bg="gray.1">
        <Title order={6} c="dimmed" mb={4}>
          Aperçu de la page (lu dans le .docx qui sera produit)
        </Title>
        <ScrollArea h={620} data-testid="letter-preview" offsetScrollbars>
          {preview.data ? <PagePreview layout={preview.data} /> : <Text size="sm">Préparation de l’aperçu…</Text>}
        </ScrollArea>
      </Paper>
    </SimpleGrid>
  );
}
