import { Alert, Button, Group, Select, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EventPayload } from '../../electron/api/common/contract';
import type { Visit } from '../../electron/api/common/schemas/patient-file';
import { VISIT_KIND_LABELS } from '../../electron/api/common/schemas/patient-file';
import { call } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { letterKeys } from '../api/query-keys';
import { useServerEvent } from '../api/use-live-lists';
import { frDate, frDateTime } from '../../electron/api/common/french';
import { ErrorAlert } from '../ui/errors';
import { downloadBase64 } from '../ui/download';
import { LetterEditor } from './LetterEditor';

export function LettersPanel({
  patientId,
  visits,
  canWrite,
}: {
  patientId: number;
  visits: readonly Visit[];
  canWrite: boolean;
}) {
  const client = useQueryClient();
  const templates = useApiQuery('letters.templates', {});
  const letters = useApiQuery('letters.list', { patientId });
  // Which letter is open is kept for the page's life (sessionStorage): coming back to this tab, or
  // reloading, reopens the editor on its draft (issue 10).
  const openKey = `paume:courrier-ouvert:${patientId}`;
  const reopened = readOpenLetter(openKey);
  // The newest consultation is the one a letter is for, unless the person chose another since that
  // consultation was added (issue 22 item 3): a choice made before a newer consultation existed is
  // dropped, so « Rédiger » never goes on last year's consultation by a leftover selection.
  const newest = newestVisit(visits);
  const [choice, setChoice] = useState<{ visitId: string; newestWhenChosen: number | null } | null>(
    reopened ? { visitId: reopened.visitId, newestWhenChosen: newest?.id ?? null } : null,
  );
  const choiceHolds =
    choice !== null &&
    choice.newestWhenChosen === (newest?.id ?? null) &&
    visits.some((visit) => String(visit.id) === choice.visitId);
  const visitId = choiceHolds ? choice.visitId : newest ? String(newest.id) : null;
  const setVisitId = (id: string | null) =>
    setChoice(id === null ? null : { visitId: id, newestWhenChosen: newest?.id ?? null });
  const chosenVisit = visits.find((visit) => String(visit.id) === visitId) ?? null;
  const [kind, setKind] = useState<string | null>(reopened?.kind ?? 'gp-letter');
  const [editing, setEditingState] = useState(reopened !== null);
  const setEditing = (open: boolean) => {
    if (open && visitId && kind) sessionStorage.setItem(openKey, JSON.stringify({ visitId, kind }));
    else sessionStorage.removeItem(openKey);
    setEditingState(open);
  };
  const drafts = useApiQuery('letters.drafts', { patientId }, { enabled: canWrite });
  const [error, setError] = useState<unknown>(null);
  const template = templates.data?.find((candidate) => candidate.kind === kind);

  // The PDF is made after the .docx, in the background: show where it is, refresh when it is ready.
  const [pdfStates, setPdfStates] = useState<Record<number, EventPayload<'letters.pdf'>['state']>>({});
  // (The list itself is read again by the event's keys, api/event-keys.ts.)
  useServerEvent('letters.pdf', (event) => {
    setPdfStates((current) => ({ ...current, [event.letterId]: event.state }));
  });
  const pdfNote = (letterId: number) =>
    ({
      started: 'PDF en cours…',
      failed: 'PDF impossible (LibreOffice a échoué)',
      unavailable: 'pas de PDF : LibreOffice n’est pas installé',
      done: 'PDF prêt',
    })[pdfStates[letterId] ?? 'done'];

  const open = (id: number, format: 'docx' | 'pdf') =>
    // A download, not a read to cache.
    call('letters.file', { id, format }).then(downloadBase64, setError);

  return (
    <>
      {canWrite && !editing && (
        <Group gap="xs" align="flex-end" mb="sm">
          {visits.length === 0 ? (
            <Alert color="gray" py={4}>
              Ajoutez d’abord une consultation : un courrier part d’une consultation ou d’une intervention.
            </Alert>
          ) : (
            <>
              <Select
                size="xs"
                w={280}
                label="Consultation"
                data={visits.map((visit) => ({
                  value: String(visit.id),
                  label: visitLabel(visit),
                }))}
                value={visitId}
                onChange={setVisitId}
                allowDeselect={false}
              />
              <Select
                size="xs"
                w={320}
                label="Courrier"
                data={(templates.data ?? []).map((t) => ({ value: t.kind, label: t.label }))}
                value={kind}
                onChange={setKind}
                allowDeselect={false}
              />
              <Button
                size="xs"
                disabled={!visitId || !template}
                onClick={() => {
                  setEditing(true);
                }}
              >
                Rédiger
              </Button>
            </>
          )}
        </Group>
      )}
      {canWrite && !editing && (drafts.data ?? []).length > 0 && (
        <Alert color="orange" py={4} mb="sm" data-testid="letter-drafts">
          {(drafts.data ?? []).map((draft) => (
            <Group key={`${draft.visitId}-${draft.kind}`} gap="xs">
              <Text size="sm">
                Brouillon : {templates.data?.find((t) => t.kind === draft.kind)?.label ?? draft.kind} (consultation du{' '}
                {frDate(draft.visitDate)}), tapé par {draft.by} le {frDateTime(draft.at)}
              </Text>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => {
                  setVisitId(String(draft.visitId));
                  setKind(draft.kind);
                  sessionStorage.setItem(openKey, JSON.stringify({ visitId: String(draft.visitId), kind: draft.kind }));
                  setEditingState(true);
                }}
              >
                Reprendre
              </Button>
            </Group>
          ))}
        </Alert>
      )}
      {editing && visitId && template && (
        <Group gap="xs" mb="xs" data-testid="letter-visit">
          <Text size="sm" fw={600}>
            Pour la consultation du {chosenVisit ? visitLabel(chosenVisit) : '(consultation introuvable)'}
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              // The draft stays on the server with its consultation; the person picks another.
              setEditing(false);
              void client.invalidateQueries({ queryKey: letterKeys.drafts() });
            }}
          >
            Changer de consultation
          </Button>
        </Group>
      )}
      {editing && visitId && template && (
        <LetterEditor
          key={`${visitId}-${template.kind}`}
          visitId={Number(visitId)}
          kind={template.kind}
          label={template.label.toLowerCase()}
          sections={template.sections}
          onDone={() => {
            setEditing(false);
            void client.invalidateQueries({ queryKey: letterKeys.drafts() });
          }}
        />
      )}
      <ErrorAlert error={error ?? letters.error} />
      <Table striped fz="sm" verticalSpacing={4} mt="sm" data-testid="letters-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Courrier</Table.Th>
            <Table.Th>Version</Table.Th>
            <Table.Th>Auteur</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th>Fichiers</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(letters.data ?? []).map((letter) => (
            <Table.Tr key={letter.id}>
              <Table.Td>{letter.label}</Table.Td>
              <Table.Td>v{letter.version}</Table.Td>
              <Table.Td>{letter.author}</Table.Td>
              <Table.Td>{frDateTime(letter.createdAt)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Button size="compact-xs" variant="light" onClick={() => void open(letter.id, 'docx')}>
                    .docx
                  </Button>
                  {letter.hasPdf ? (
                    <Button size="compact-xs" variant="light" onClick={() => void open(letter.id, 'pdf')}>
                      PDF
                    </Button>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {pdfStates[letter.id] ? pdfNote(letter.id) : 'pas de PDF'}
                    </Text>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** Visits come newest first from the server; sorting again keeps this true whatever the order. */
function newestVisit(visits: readonly Visit[]): Visit | null {
  return [...visits].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)[0] ?? null;
}

function visitLabel(visit: Visit): string {
  return `${frDate(visit.date)} — ${VISIT_KIND_LABELS[visit.kind]}${visit.diagnosis ? ` — ${visit.diagnosis}` : ''}`;
}

function readOpenLetter(key: string): { visitId: string; kind: string } | null {
  try {
    const raw = sessionStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as { visitId?: unknown; kind?: unknown }) : null;
    return parsed && typeof parsed.visitId === 'string' && typeof parsed.kind === 'string'
      ? { visitId: parsed.visitId, kind: parsed.kind }
      : null;
  } catch {
    return null;
  }
}
