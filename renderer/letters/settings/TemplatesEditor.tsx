import { Button, FileButton, Paper, Table, Text, Title } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { letterKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../ui/errors';

/** Speech models (administrators) and each surgeon's own vocabulary. */

export function TemplatesEditor() {
  const templates = useApiQuery('letters.templates', {});
  const upload = useApiMutation('letters.uploadTemplate', [letterKeys.templates()]);
  const send = (kind: string, file: File | undefined) => {
    if (!file) return;
    void file.arrayBuffer().then((content) => {
      upload.mutate({ kind, fileName: file.name, content });
    });
  };
  return (
    <Paper withBorder p="sm">
      <Title order={5}>Modèles de courrier</Title>
      <Text size="xs" c="dimmed" mb="xs">
        Remplacez un modèle par le vôtre (.docx). Paume vérifie ses champs : un champ inconnu ou une balise cassée est
        refusé avec la liste des champs existants.
      </Text>
      <ErrorAlert error={upload.error} />
      <Table fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {(templates.data ?? []).map((template) => (
            <Table.Tr key={template.kind}>
              <Table.Td>{template.label}</Table.Td>
              <Table.Td>
                <Text size="xs" c={template.own ? 'orange' : 'dimmed'}>
                  {template.own ? 'modèle du cabinet' : 'modèle Paume'}
                </Text>
              </Table.Td>
              <Table.Td maw={420}>
                <Text size="xs" c="dimmed" lineClamp={2} title={template.fields.join(', ')}>
                  Champs : {template.fields.join(', ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <FileButton
                  accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  onChange={(file) => {
                    send(template.kind, file ?? undefined);
                  }}
                >
                  {(props) => (
                    <Button size="compact-xs" variant="default" {...props}>
                      Remplacer…
                    </Button>
                  )}
                </FileButton>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
