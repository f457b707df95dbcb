import { Alert, Badge, Button, FileButton, Group, Paper, ScrollArea, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../ui/errors';
import { useDictation } from './use-dictation';

interface Props {
  visitId: number;
  kind: string;
  sections: { key: string; title: string }[];
  onDone: () => void;
}

/**
 * A letter already filled from the file, with free sections to type or dictate (F2 starts and
 * stops dictation into the section being edited), a preview read back from the .docx itself, and
 * generation (Ctrl+Entrée).
 */
export function LetterEditor({ visitId, kind, sections, onDone }: Props) {
  const [texts, setTexts] = useState<Record<string, string> | null>(null);
  const [focused, setFocused] = useState(sections[0]?.key ?? '');
  const focusedRef = useRef(focused);
  focusedRef.current = focused;
  const generate = useApiMutation('letters.generate', ['letters.list']);
  const [debounced] = useDebouncedValue(texts, 400);
  const preview = useApiQuery('letters.preview', { visitId, kind, sections: debounced ?? {} }, { enabled: debounced !== null, staleTime: 0 });

  useEffect(() => {
    void call('letters.draft', { visitId, kind }).then(setTexts);
  }, [visitId, kind]);

  const insertText = (text: string) => {
    if (!text) return;
    const key = focusedRef.current;
    setTexts((current) => (current ? { ...current, [key]: `${(current[key] ?? '').trimEnd()}${current[key] ? ' ' : ''}${text}` } : current));
  };
  const dictation = useDictation(insertText);
  const transcribeFile = useApiMutation('dictation.transcribeFile');
  const sendWav = (file: File | null) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => transcribeFile.mutate({ contentBase64: String(reader.result).split(',')[1] ?? '' }, { onSuccess: (result) => insertText(result.text) });
    reader.readAsDataURL(file);
  };
  const save = () =>
    texts &&
    generate.mutate({ visitId, kind, sections: texts }, { onSuccess: (letter) => { notifications.show({ message: `Courrier généré (version ${letter.version}).`, color: 'teal' }); onDone(); } });
  useHotkeys([['F2', dictation.toggle], ['mod+Enter', save]], []);

  if (!texts) return <Text size="sm">Préparation du courrier…</Text>;
  const recording = dictation.view.state === 'recording';

  return (
    <SimpleGrid cols={2} spacing="sm">
      <Stack gap="xs">
        <Group gap="xs">
          <Button size="xs" color={recording ? 'red' : 'teal'} onClick={dictation.toggle} loading={dictation.view.state === 'starting' || dictation.view.state === 'finishing'} title="F2">
            {recording ? '■ Arrêter la dictée (F2)' : '● Dicter (F2)'}
          </Button>
          {recording && <Badge color="red" variant="dot" data-testid="recording">Enregistrement — {dictation.view.receivedSeconds.toFixed(0)} s envoyées, parole détectée : {dictation.view.speechSeconds.toFixed(1)} s</Badge>}
          <FileButton onChange={sendWav} accept="audio/wav,.wav">
            {(props) => <Button size="xs" variant="default" loading={transcribeFile.isPending} {...props}>Transcrire un fichier WAV</Button>}
          </FileButton>
          {!recording && dictation.view.receivedSeconds > 0 && <Badge variant="light" data-testid="dictation-summary">Dernière dictée : {dictation.view.speechSeconds.toFixed(1)} s de parole sur {dictation.view.receivedSeconds.toFixed(0)} s</Badge>}
        </Group>
        {dictation.view.error && <Alert color="red" py={4}>{dictation.view.error}</Alert>}
        <ErrorAlert error={transcribeFile.error} />
        {sections.map((section) => (
          <Textarea
            key={section.key}
            label={`${section.title}${focused === section.key ? ' — la dictée va ici' : ''}`}
            autosize
            minRows={3}
            value={texts[section.key] ?? ''}
            onFocus={() => setFocused(section.key)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setTexts((current) => (current ? { ...current, [section.key]: value } : current));
            }}
            description={recording && focused === section.key && dictation.view.partial ? `En cours : ${dictation.view.partial}` : undefined}
          />
        ))}
        <ErrorAlert error={generate.error} />
        <Group justify="flex-end">
          <Button size="xs" variant="default" onClick={onDone}>Fermer sans générer</Button>
          <Button size="xs" onClick={save} loading={generate.isPending} disabled={recording} title="Ctrl+Entrée">Générer le courrier</Button>
        </Group>
      </Stack>
      <Paper withBorder p="sm" bg="white">
        <Title order={6} c="dimmed" mb={4}>Aperçu (texte du .docx qui sera produit)</Title>
        <ScrollArea h={560} data-testid="letter-preview">
          {(preview.data ?? []).map((paragraph, index) => (
            <Text key={index} size="sm" style={{ whiteSpace: 'pre-wrap' }} mih={paragraph ? undefined : 10}>{paragraph}</Text>
          ))}
        </ScrollArea>
      </Paper>
    </SimpleGrid>
  );
}
