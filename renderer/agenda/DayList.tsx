import { Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { parseFrenchDate } from '../../electron/api/schemas/identity';
import type { OutputOf } from '../../electron/api/contract';
import { call } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { downloadBase64 } from '../letters/download';
import { frDate } from '../patients/format';
import { ErrorAlert } from '../ui/errors';
import { usePractitioners } from '../patients/practitioner-choices';

/** One practitioner's day: each appointment, cancelled with a reason or marked absent inline. */
export function DayList({
  practitionerId,
  date,
  onChange,
}: {
  practitionerId: number | null;
  date: string;
  onChange: (next: { practitionerId: number | null; date: string }) => void;
}) {
  const practitioners = usePractitioners();
  const chosen = practitionerId ?? practitioners.fallbackId;
  const day = useApiQuery('agenda.day', { practitionerId: chosen ?? 0, date }, { enabled: chosen !== null });
  const cancel = useApiMutation('agenda.cancel', ['agenda.day', 'agenda.findSlots']);
  const move = useApiMutation('agenda.move', ['agenda.day', 'agenda.findSlots']);
  const [moving, setMoving] = useState<{ id: number; date: string; time: string } | null>(null);
  const [cancelling, setCancelling] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [offers, setOffers] = useState<OutputOf<'agenda.cancel'> | null>(null);
  const [typed, setTyped] = useState(frDate(date));
  const submitCancel = (id: number, noShow: boolean) => {
    cancel.mutate(
      { id, reason: noShow ? reason || 'patient absent' : reason, noShow },
      {
        onSuccess: (result) => {
          setOffers(result);
          setCancelling(null);
          setReason('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group gap="xs" align="flex-end">
          <Select
            size="xs"
            label="Praticien"
            w={220}
            value={chosen === null ? null : String(chosen)}
            data={practitioners.choices}
            onChange={(value) => onChange({ practitionerId: value ? Number(value) : null, date })}
          />
          <TextInput
            size="xs"
            label="Jour"
            w={120}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              const iso = parseFrenchDate(event.currentTarget.value);
              if (iso) onChange({ practitionerId: chosen, date: iso });
            }}
          />
          <Button
            size="xs"
            variant="default"
            disabled={chosen === null}
            onClick={() => void call('agenda.dayPdf', { practitionerId: chosen ?? 0, date }).then(downloadBase64)}
          >
            Imprimer la journée
          </Button>
        </Group>
        <ErrorAlert error={day.error ?? cancel.error ?? move.error} />
        <Table striped withTableBorder data-testid="day-list">
          <Table.Tbody>
            {(day.data ?? []).map((appointment) => (
              <Table.Tr key={appointment.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {appointment.time}–{appointment.endTime}
                </Table.Td>
                <Table.Td>{appointment.patientName}</Table.Td>
                <Table.Td>{appointment.motifLabel}</Table.Td>
                <Table.Td>
                  {appointment.status === 'booked' ? (
                    moving?.id === appointment.id ? (
                      <Group gap={4} wrap="nowrap">
                        <TextInput
                          size="xs"
                          w={100}
                          aria-label="Nouveau jour"
                          value={moving.date}
                          onChange={(event) => setMoving({ ...moving, date: event.currentTarget.value })}
                        />
                        <TextInput
                          size="xs"
                          w={70}
                          aria-label="Nouvelle heure"
                          value={moving.time}
                          onChange={(event) => setMoving({ ...moving, time: event.currentTarget.value })}
                        />
                        <TextInput
                          size="xs"
                          placeholder="raison du déplacement"
                          value={reason}
                          onChange={(event) => setReason(event.currentTarget.value)}
                        />
                        <Button
                          size="compact-xs"
                          onClick={() =>
                            move.mutate(
                              { id: appointment.id, date: moving.date, time: moving.time, reason },
                              {
                                onSuccess: (result) => {
                                  setMoving(null);
                                  setReason('');
                                  setOffers({ noShows: 0, offers: result.offers });
                                },
                              },
                            )
                          }
                        >
                          Déplacer
                        </Button>
                        <Button size="compact-xs" variant="subtle" onClick={() => setMoving(null)}>
                          Garder
                        </Button>
                      </Group>
                    ) : cancelling === appointment.id ? (
                      <Group gap={4} wrap="nowrap">
                        <TextInput
                          size="xs"
                          placeholder="motif de l’annulation"
                          value={reason}
                          onChange={(event) => setReason(event.currentTarget.value)}
                          autoFocus
                        />
                        <Button size="compact-xs" color="red" onClick={() => submitCancel(appointment.id, false)}>
                          Annuler le rendez-vous
                        </Button>
                        <Button size="compact-xs" variant="subtle" onClick={() => setCancelling(null)}>
                          Garder
                        </Button>
                      </Group>
                    ) : (
                      <Group gap={4}>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() =>
                            setMoving({ id: appointment.id, date: frDate(appointment.date), time: appointment.time })
                          }
                        >
                          Déplacer…
                        </Button>
                        <Button size="compact-xs" variant="subtle" onClick={() => setCancelling(appointment.id)}>
                          Annuler…
                        </Button>
                        <Button size="compact-xs" variant="subtle" onClick={() => submitCancel(appointment.id, true)}>
                          Absent
                        </Button>
                      </Group>
                    )
                  ) : (
                    <Text size="xs" c="dimmed">
                      {appointment.status === 'no-show' ? 'absent' : 'annulé'}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {day.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            Aucun rendez-vous ce jour.
          </Text>
        )}
        {offers && (
          <Paper withBorder p="xs" data-testid="waitlist-offers">
            <Text size="sm" fw={600}>
              Créneau libéré{offers.noShows > 0 ? ` (absences de ce patient : ${offers.noShows})` : ''} : liste
              d’attente du motif
            </Text>
            {offers.offers.length === 0 && <Text size="sm">Personne n’attend ce motif.</Text>}
            {offers.offers.map((offer) => (
              <Text size="sm" key={offer.id}>
                {offer.patientName} — demandé le {frDate(offer.askedOn.slice(0, 10))}
                {offer.note ? ` (${offer.note})` : ''}
              </Text>
            ))}
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}
