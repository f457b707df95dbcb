import { Anchor, Badge, Button, Group, Kbd, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FLOW_LABELS } from '../../electron/api/common/schemas/agenda';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { agendaKeys } from '../api/query-keys';
import { frDate } from '../../electron/api/common/french';
import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import { ErrorAlert } from '../ui/errors';
import { useNow } from '../ui/use-now';
import { SlotFinder } from './SlotFinder';
import { waitedMinutes } from './WaitingRoomPage';
import { usePractitioners } from '../patients/practitioner-choices';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';
import { BirthDateMark, homonymsIn, isHomonym } from '../ui/PatientLabel';

/**
 * Consultation (issue 12, started): the surgeon's patients of the day with their step and motif;
 * N opens the next patient waiting (their file, on the consultations) and marks them « en
 * consultation ». Letters are dictated from the file; the next appointment is booked from here.
 */
export function ConsultationPage() {
  const navigate = useNavigate();
  const now = useNow(30_000);
  const practitioners = usePractitioners();
  const [chosen, setChosen] = useState<number | null>(null);
  const practitionerId = chosen ?? practitioners.fallbackId;
  const room = useApiQuery('agenda.waitingRoom', { date: parisToday() });
  const setFlow = useApiMutation('agenda.setFlow', [agendaKeys.waitingRoom()]);
  const mine = (room.data ?? []).filter((entry) => entry.practitionerId === practitionerId && entry.flow !== 'absent');
  const next = mine.find((entry) => entry.flow === 'waiting') ?? mine.find((entry) => entry.flow === 'arrived');
  const openNext = () => {
    if (!next) return;
    setFlow.mutate({ id: next.id, flow: 'in-consultation' });
    void navigate(`/patients/${next.patientId}?onglet=consultations`);
  };
  // The next appointment is booked from here: the finder opens on the patient, this practitioner,
  // a « contrôle » motif and no sooner than 10 days (the usual post-operative check).
  const [nextFor, setNextFor] = useState<number | null>(null);
  const inConsultation = mine.find((entry) => entry.flow === 'in-consultation');
  usePhysicalHotkeys([
    ['n', openNext],
    ['c', () => inConsultation && setNextFor(inConsultation.patientId)],
  ]);
  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end">
        <Title order={3}>Consultations du {frDate(parisToday())}</Title>
        <Select
          size="xs"
          w={240}
          aria-label="Praticien"
          value={practitionerId === null ? null : String(practitionerId)}
          data={practitioners.choices}
          onChange={(value) => setChosen(value ? Number(value) : null)}
        />
        <Button size="xs" disabled={!next} onClick={openNext}>
          Patient suivant{next ? ` : ${next.patientName} (${frDate(next.patientBirthDate)})` : ''} (N)
        </Button>
      </Group>
      <ErrorAlert error={room.error ?? setFlow.error} />
      <Paper withBorder p="xs">
        <Table striped data-testid="consultation-day">
          <Table.Tbody>
            {mine.map((entry, _index, all) => {
              const homonyms = homonymsIn(all);
              const waited = waitedMinutes(entry, now);
              return (
                <Table.Tr key={entry.id}>
                  <Table.Td>{entry.time}</Table.Td>
                  <Table.Td>
                    <Anchor href={`#/patients/${entry.patientId}?onglet=consultations`}>{entry.patientName}</Anchor>
                    <BirthDateMark
                      birthDate={entry.patientBirthDate}
                      homonym={isHomonym(homonyms, entry.patientName)}
                    />
                  </Table.Td>
                  <Table.Td>{entry.motifLabel}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light">
                      {FLOW_LABELS[entry.flow]}
                    </Badge>
                    {waited !== null && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        attend depuis {waited} min
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {(entry.flow === 'in-consultation' || entry.flow === 'seen') && (
                      <Button size="compact-xs" variant="subtle" onClick={() => setNextFor(entry.patientId)}>
                        Contrôle dans 10 jours
                      </Button>
                    )}
                    {entry.flow === 'in-consultation' && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => setFlow.mutate({ id: entry.id, flow: 'seen' })}
                      >
                        Vu
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {mine.length === 0 && <Text c="dimmed">Aucun patient aujourd’hui pour ce praticien.</Text>}
      </Paper>
      {nextFor !== null && (
        <SlotFinder
          key={nextFor}
          onBooked={() => setNextFor(null)}
          from={{
            messageId: null,
            patientId: nextFor,
            urgency: 'programme',
            after: shiftDay(parisToday(), 10),
            practitionerId,
            motifHint: 'contrôle',
          }}
        />
      )}
      <Text size="xs" c="dimmed">
        <Kbd>N</Kbd> ouvre le dossier du patient suivant ; le courrier se dicte dans le dossier (onglet Courriers) ;{' '}
        <Kbd>C</Kbd> cherche le contrôle dans 10 jours du patient en consultation.
      </Text>
    </Stack>
  );
}
