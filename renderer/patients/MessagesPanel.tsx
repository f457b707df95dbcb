import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useApiQuery } from '../api/hooks';
import { WHOLE_BADGE } from '../ui/whole-badge';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../inbox/categories';
import { frDate, frDateTime } from '../../electron/api/common/french';
import { ANAESTHESIA_LABELS } from '../../electron/api/common/schemas/theatre';
import { senderLabel } from '../../electron/api/common/shown-names';
import { shiftDay } from '../../electron/api/common/paris-day';
import { dayAfterSummary } from '../../electron/api/common/schemas/day-after-calls';

/**
 * The patient's exchanges (issues 11 and 26): the mail that arrived about them, what the practice
 * answered, and the calls of the cahier d'appels.
 */
export function MessagesPanel({ patientId }: { patientId: number }) {
  const messages = useApiQuery('inbox.forPatient', { patientId });
  const dayBefore = useApiQuery('dayBeforeCalls.forPatient', { patientId });
  const dayAfter = useApiQuery('dayAfterCalls.forPatient', { patientId });
  if ((messages.data ?? []).length === 0 && (dayBefore.data ?? []).length === 0 && (dayAfter.data ?? []).length === 0)
    return (
      <Text c="dimmed" size="sm">
        Aucun échange (message ou appel) rattaché à ce dossier.
      </Text>
    );
  // One list by time: the J-1 and J+1 calls (issue 26) among the mail and the calls of the cahier.
  const rows = [
    ...(messages.data ?? []).map((message) => ({ at: message.at, message, dayBefore: null, dayAfter: null })),
    ...(dayBefore.data ?? []).map((attempt) => ({ at: attempt.at, message: null, dayBefore: attempt, dayAfter: null })),
    ...(dayAfter.data ?? []).map((attempt) => ({ at: attempt.at, message: null, dayBefore: null, dayAfter: attempt })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Table striped withTableBorder data-testid="patient-exchanges">
      <Table.Tbody>
        {rows.map(({ message, dayBefore: attempt, dayAfter: followUp }) =>
          followUp ? (
            <Table.Tr key={`lendemain-${followUp.caseId}-${followUp.at}`} data-testid="exchange-day-after">
              <Table.Td>{frDateTime(followUp.at)}</Table.Td>
              <Table.Td>☎ appel du lendemain, par {followUp.by}</Table.Td>
              <Table.Td>
                <Anchor href={`#/secretariat/lendemain?jour=${shiftDay(followUp.operatedOn, 1)}`} size="sm">
                  Opéré(e) le {frDate(followUp.operatedOn)}
                </Anchor>
                {followUp.answers && ` · ${dayAfterSummary(followUp.answers)}`}
                {followUp.alerts.length > 0 && ` · alerte : ${followUp.alerts.join(', ')}`}
                {followUp.notes && ` · ${followUp.notes}`}
              </Table.Td>
              <Table.Td>
                <Badge
                  size="xs"
                  styles={WHOLE_BADGE}
                  color={!followUp.reached ? 'yellow' : followUp.alerts.length > 0 ? 'red' : 'teal'}
                  variant="light"
                >
                  {!followUp.reached ? 'pas de réponse' : followUp.alerts.length > 0 ? 'alerte' : 'rassurant'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ) : attempt ? (
            <Table.Tr key={`veille-${attempt.caseId}-${attempt.at}`} data-testid="exchange-day-before">
              <Table.Td>{frDateTime(attempt.at)}</Table.Td>
              <Table.Td>☎ appel de la veille, par {attempt.by}</Table.Td>
              <Table.Td>
                <Anchor href={`#/secretariat/veille?jour=${attempt.surgeryDay}`} size="sm">
                  Bloc du {frDate(attempt.surgeryDay)}
                </Anchor>
                {attempt.anaesthesiaChange &&
                  ` · anesthésie changée : ${ANAESTHESIA_LABELS[attempt.anaesthesiaChange.from]} → ${ANAESTHESIA_LABELS[attempt.anaesthesiaChange.to]}`}
                {attempt.notes && ` · ${attempt.notes}`}
              </Table.Td>
              <Table.Td>
                <Badge size="xs" styles={WHOLE_BADGE} color={attempt.reached ? 'teal' : 'yellow'} variant="light">
                  {attempt.reached ? 'joint' : 'pas de réponse'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ) : (
            <Table.Tr key={message.id}>
              <Table.Td>{frDateTime(message.at)}</Table.Td>
              <Table.Td>
                {message.channel === 'telephone'
                  ? `☎ appel de ${message.fromName}${message.fromAddress && message.fromAddress !== message.fromName ? ` (${message.fromAddress})` : ''}`
                  : `${message.direction === 'in' ? 'reçu de' : 'envoyé par'} ${senderLabel({ name: message.fromName, address: message.fromAddress })}`}
              </Table.Td>
              <Table.Td>
                <Anchor href={`#/secretariat?demande=${message.id}`} size="sm">
                  {message.subject || '(sans objet)'}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {message.direction === 'in' && (
                  <Badge size="xs" styles={WHOLE_BADGE} color={CATEGORY_COLORS[message.category]} variant="light">
                    {CATEGORY_LABELS[message.category]}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ),
        )}
      </Table.Tbody>
    </Table>
  );
}
