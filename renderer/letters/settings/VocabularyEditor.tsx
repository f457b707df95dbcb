import { Button, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { dictationKeys } from '../../api/query-keys';
import { fieldError } from '../../ui/errors';

/** Speech models (administrators) and each surgeon's own vocabulary. */

export function VocabularyEditor() {
  const words = useApiQuery('dictation.vocabulary', {});
  const add = useApiMutation('dictation.addWord', [dictationKeys.vocabulary()]);
  const remove = useApiMutation('dictation.removeWord', [dictationKeys.vocabulary()]);
  const [spoken, setSpoken] = useState('');
  const [written, setWritten] = useState('');
  return (
    <Paper withBorder p="sm">
      <Title order={5}>Mon vocabulaire de dictée</Title>
      <Text size="xs" c="dimmed" mb="xs">
        Des mots que la reconnaissance doit connaître, et ce qu’il faut écrire quand elle entend une expression (ex. «
        IPP » → « interphalangienne proximale »).
      </Text>
      <Group gap="xs" align="flex-end">
        <TextInput
          size="xs"
          label="Entendu"
          value={spoken}
          onChange={(e) => {
            setSpoken(e.currentTarget.value);
          }}
          error={fieldError(add.error, 'spoken')}
        />
        <TextInput
          size="xs"
          w={320}
          label="Écrit (vide : mot à reconnaître seulement)"
          value={written}
          onChange={(e) => {
            setWritten(e.currentTarget.value);
          }}
          error={fieldError(add.error, 'written')}
        />
        <Button
          size="xs"
          onClick={() => {
            add.mutate(
              { spoken, written },
              {
                onSuccess: () => {
                  setSpoken('');
                  setWritten('');
                },
              },
            );
          }}
        >
          Ajouter
        </Button>
      </Group>
      <Table fz="sm" mt="xs" verticalSpacing={2}>
        <Table.Tbody>
          {(words.data ?? []).map((word) => (
            <Table.Tr key={word.id}>
              <Table.Td>{word.spoken}</Table.Td>
              <Table.Td>
                {word.written || (
                  <Text size="xs" c="dimmed">
                    (à reconnaître)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => {
                    remove.mutate({ id: word.id });
                  }}
                >
                  retirer
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
