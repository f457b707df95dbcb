import { tableCountsSentence } from '../../electron/api/common/french/table-counts';
import { Alert, Button, Checkbox, List, Text } from '@mantine/core';
import { useState } from 'react';
import type { OutputOf } from '../../electron/api/common/contract';
import { agree, countOf } from '../../electron/api/common/french';
import { fieldError } from '../ui/errors';

const SHOWN_MISSING = 10;

/**
 * The dry run of a backup from Cabinet › Sauvegardes (issue 14, issue 27): what it holds, whose it
 * is against the practice in place, the documents checked, and those its database names that are
 * missing, all before anything changes. Another practice's backup is restored only once the box
 * « Sauvegarde d’un autre cabinet » is ticked (the server refuses it otherwise, naming the field).
 */
export function RestoreDryRun(props: {
  report: OutputOf<'backups.inspect'>;
  scheduling: boolean;
  error: unknown;
  onSchedule: (input: { file: string; otherPractice: boolean }) => void;
}) {
  const { report } = props;
  const [confirmed, setConfirmed] = useState(false);
  const other = report.practice.otherPractice;
  const missing = report.missingDocuments;
  return (
    <Alert color={other ? 'orange' : 'blue'} mt="xs" data-testid="restore-dry-run" title={`Essai : ${report.file}`}>
      <Text size="sm">
        Intégrité {report.integrity}, schéma version {report.schemaVersion} : {tableCountsSentence(report.counts)}.{' '}
        {countOf(report.documentsChecked, 'document vérifié', 'documents vérifiés')} (déchiffrement et empreinte
        justes). Rien n’a été changé.
      </Text>
      <Text size="sm" mt={4} fw={other ? 600 : undefined} data-testid="restore-practice">
        {report.practice.sentence}
      </Text>
      {missing.length > 0 && (
        <>
          <Text size="sm" mt={4} c="red" data-testid="restore-missing">
            {countOf(missing.length, 'document nommé', 'documents nommés')} par la base de la sauvegarde{' '}
            {agree(missing.length, 'manque', 'manquent')} à la sauvegarde et à ce dossier :
          </Text>
          <List size="sm">
            {missing.slice(0, SHOWN_MISSING).map((label) => (
              <List.Item key={label}>{label}</List.Item>
            ))}
            {missing.length > SHOWN_MISSING && <List.Item>et {missing.length - SHOWN_MISSING} autres</List.Item>}
          </List>
        </>
      )}
      {other && (
        <Checkbox
          size="xs"
          mt="xs"
          label="Sauvegarde d’un autre cabinet : la restaurer quand même"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.currentTarget.checked)}
          error={fieldError(props.error, 'otherPractice')}
        />
      )}
      <Button
        size="xs"
        mt="xs"
        color="orange"
        loading={props.scheduling}
        onClick={() => props.onSchedule({ file: report.file, otherPractice: other && confirmed })}
      >
        Restaurer cette sauvegarde au prochain démarrage
      </Button>
    </Alert>
  );
}
