import { Badge, Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CASE_STATUS_LABELS, type CaseStatus, type TheatreCase } from '../../electron/api/common/schemas/theatre';
import { frTime } from '../../electron/api/common/french';
import { useApiMutation } from '../api/hooks';
import { theatreKeys } from '../api/query-keys';
import { fieldError } from '../ui/errors';
import { useSession } from '../auth/session-context';
import { mayCall } from '../auth/may-call';
import { useOpenCaseLetter } from './use-open-case-letter';

const NEXT: Partial<Record<CaseStatus, { status: CaseStatus; label: string }>> = {
  planned: { status: 'called', label: 'Appeler' },
  called: { status: 'in_room', label: 'En salle' },
  in_room: { status: 'induction', label: 'Induction' },
  induction: { status: 'incision', label: 'Incision' },
  incision: { status: 'end', label: 'Fin' },
  end: { status: 'recovery', label: 'Salle de réveil' },
  recovery: { status: 'left', label: 'Sorti' },
};
const BEFORE_INCISION: readonly CaseStatus[] = ['planned', 'called', 'in_room', 'induction'];

const time = frTime;

/** Where the patient is, with its time, the next step in one click, and « reporter » with a reason, inline. */
export function StatusControl({ theatreCase }: { theatreCase: TheatreCase }) {
  const setStatus = useApiMutation('theatre.setStatus', [theatreKeys.day()]);
  const [postponing, setPostponing] = useState<'postponed' | 'cancelled' | null>(null);
  const [reason, setReason] = useState('');
  // Passing a checklist gate anyway: a named reason, inline, never a default (issue 22).
  const [forcing, setForcing] = useState(false);
  const [forceReason, setForceReason] = useState('');
  const next = NEXT[theatreCase.status];
  const blocked = theatreCase.nextBlockers.length > 0;
  // The operative report opens pre-filled from the case, in the patient's Courriers tab, ready to dictate.
  const report = useOpenCaseLetter('theatre.operativeReport');
  // The lettre de liaison (issue 26 item 4), prepared when the patient left, to sign before they go.
  const liaison = useOpenCaseLetter('liaison.open');
  const roles = useSession().session.user.roles;
  const mayWriteReport = mayCall(roles, 'theatre.operativeReport');
  const mayOpenLiaison = mayCall(roles, 'liaison.open');
  const closed = theatreCase.status === 'postponed' || theatreCase.status === 'cancelled';
  return (
    <Group gap={4} wrap="wrap" data-testid="case-status">
      <Badge color={closed ? 'gray' : theatreCase.status === 'planned' ? 'blue' : 'teal'} size="lg">
        {CASE_STATUS_LABELS[theatreCase.status]} {time(theatreCase.statusTimes[theatreCase.status])}
      </Badge>
      {closed && theatreCase.statusReason && <Text size="xs">{theatreCase.statusReason}</Text>}
      {theatreCase.forcedSteps.map((step) => (
        <Badge key={`${step.status}-${step.at}`} color="red" variant="light" size="sm" data-testid="forced-step">
          {CASE_STATUS_LABELS[step.status]} forcé par {step.by} à {time(step.at)} : {step.reason}
        </Badge>
      ))}
      {next && !blocked && (
        <Button
          size="compact-xs"
          onClick={() => setStatus.mutate({ caseId: theatreCase.id, status: next.status, reason: '' })}
        >
          {next.label} →
        </Button>
      )}
      {next && blocked && (
        <Group gap={4} wrap="wrap" data-testid="status-blocked">
          <Text size="xs" c="orange.8" fw={600}>
            « {next.label} » après la check-list : {theatreCase.nextBlockers.join(' ; ')}
          </Text>
          {!forcing && (
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => setForcing(true)}>
              Passer outre…
            </Button>
          )}
        </Group>
      )}
      {next && blocked && forcing && (
        <Group gap={4}>
          <TextInput
            size="xs"
            w={280}
            autoFocus
            aria-label="Motif pour passer outre la check-list"
            placeholder="motif (tracé, affiché sur l’intervention)"
            value={forceReason}
            onChange={(e) => setForceReason(e.currentTarget.value)}
            error={fieldError(setStatus.error, 'reason')}
          />
          <Button
            size="compact-xs"
            color="red"
            disabled={forceReason.trim().length < 3}
            onClick={() =>
              setStatus.mutate(
                { caseId: theatreCase.id, status: next.status, reason: forceReason.trim(), force: true },
                {
                  onSuccess: () => {
                    setForcing(false);
                    setForceReason('');
                  },
                },
              )
            }
          >
            {next.label} malgré la check-list
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => setForcing(false)}>
            Garder
          </Button>
        </Group>
      )}
      {BEFORE_INCISION.includes(theatreCase.status) && postponing === null && (
        <>
          <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setPostponing('postponed')}>
            Reporter…
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => setPostponing('cancelled')}>
            Annuler…
          </Button>
        </>
      )}
      {postponing && (
        <Group gap={4}>
          <TextInput
            size="xs"
            w={240}
            autoFocus
            aria-label="Motif"
            placeholder="motif"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(setStatus.error, 'reason')}
          />
          <Button
            size="compact-xs"
            color={postponing === 'cancelled' ? 'red' : 'orange'}
            disabled={reason.trim().length < 3}
            onClick={() =>
              setStatus.mutate(
                { caseId: theatreCase.id, status: postponing, reason },
                { onSuccess: () => setPostponing(null) },
              )
            }
          >
            {postponing === 'cancelled' ? 'Confirmer l’annulation' : 'Confirmer le report'}
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => setPostponing(null)}>
            Garder
          </Button>
        </Group>
      )}
      {mayWriteReport && ['end', 'recovery', 'left'].includes(theatreCase.status) && (
        <Button
          size="compact-xs"
          variant="light"
          color="grape"
          loading={report.isPending}
          onClick={() => report.open(theatreCase.id)}
        >
          Compte rendu opératoire
        </Button>
      )}
      {mayOpenLiaison && ['recovery', 'left'].includes(theatreCase.status) && (
        <Button
          size="compact-xs"
          variant="light"
          color="grape"
          loading={liaison.isPending}
          onClick={() => liaison.open(theatreCase.id)}
        >
          Lettre de liaison
        </Button>
      )}
      {setStatus.error && !postponing && (
        <Text size="xs" c="red">
          {setStatus.error.message}
        </Text>
      )}
      {report.error && (
        <Text size="xs" c="red">
          Compte rendu opératoire : {report.error.message}
        </Text>
      )}
      {liaison.error && (
        <Text size="xs" c="red">
          Lettre de liaison : {liaison.error.message}
        </Text>
      )}
    </Group>
  );
}
