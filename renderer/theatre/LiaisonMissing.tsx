import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { shiftDay } from '../../electron/api/common/paris-day';
import { frDate } from '../../electron/api/common/french';
import type { OutputOf } from '../../electron/api/common/contract';
import { mayCall } from '../auth/may-call';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../ui/errors';
import { useOpenCaseLetter } from './use-open-case-letter';

/** How far back the list looks from the day shown: a week. */
const WEEK = 6;
export const liaisonSpan = (date: string) => ({ from: shiftDay(date, -WEEK), to: date });

/**
 * Every patient who left (« sorti ») in the week up to the day shown without a signed lettre de
 * liaison (issue 26 item 4, décret 2016-995: it is given on the day they leave), with the birth
 * date beside the name, and the letter one click away.
 */
export function LiaisonMissing({
  missing,
  error,
}: {
  missing: OutputOf<'liaison.missing'> | undefined;
  error: Error | null;
}) {
  const letter = useOpenCaseLetter('liaison.open');
  const mayOpen = mayCall(useSession().session.user.roles, 'liaison.open');
  if (error) return <ErrorAlert error={error} />;
  if (!missing?.length) return null;
  return (
    <Alert
      color="red"
      py={6}
      data-testid="liaison-missing"
      title={`Sortis sans lettre de liaison signée : ${missing.length}`}
    >
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {missing.map((entry) => (
            <Table.Tr key={entry.caseId}>
              <Table.Td>
                <b>{entry.displayName}</b> ({frDate(entry.birthDate)})
              </Table.Td>
              <Table.Td>opéré(e) le {frDate(entry.date)}</Table.Td>
              <Table.Td>{entry.procedure}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {entry.prepared ? 'brouillon prêt, à signer' : 'à préparer'}
                </Text>
              </Table.Td>
              <Table.Td>
                {mayOpen && (
                  <Button size="compact-xs" variant="light" color="red" onClick={() => letter.open(entry.caseId)}>
                    Ouvrir la lettre
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {letter.error && (
        <Group>
          <Text size="xs" c="red">
            Lettre de liaison : {letter.error.message}
          </Text>
        </Group>
      )}
    </Alert>
  );
}
