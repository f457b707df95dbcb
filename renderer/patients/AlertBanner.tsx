import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  ALERT_KINDS,
  ALERT_LABELS,
  ALERT_UNDO_MINUTES,
  type Alert as PatientAlert,
} from '../../electron/api/common/schemas/patient-file';
import { useNow } from '../ui/use-now';
import { useStoredDraft } from '../ui/use-stored-draft';
import { frDateTime } from '../../electron/api/common/french';
import { useApiMutation } from '../api/hooks';
import { patientKeys } from '../api/query-keys';
import { fieldError } from '../ui/errors';

/** Shown on every page of the file: what must not be missed (allergies, anticoagulants...). */
export function AlertBanner({
  patientId,
  alerts,
  canEdit,
}: {
  patientId: number;
  alerts: readonly PatientAlert[];
  canEdit: boolean;
}) {
  const active = alerts.filter((alert) => alert.active);
  const lifted = alerts.filter((alert) => alert.lifted);
  const add = useApiMutation('alerts.add', [patientKeys.file()]);
  const deactivate = useApiMutation('alerts.deactivate', [patientKeys.file()]);
  const reactivate = useApiMutation('alerts.reactivate', [patientKeys.file()]);
  // The alert being typed is kept like every other form (issue 10).
  const {
    draft: alertDraft,
    set: setAlertField,
    clear: clearAlert,
  } = useStoredDraft<{ kind: PatientAlert['kind']; detail: string }>(
    `alerte:${patientId}`,
    { kind: 'allergy', detail: '' },
    'une alerte médicale',
  );
  const { kind, detail } = alertDraft;
  const setKind = (value: PatientAlert['kind']) => {
    setAlertField('kind', value);
  };
  const setDetail = (value: string) => {
    setAlertField('detail', value);
  };
  // Lifting a vital alert takes a reason, typed inline (issue 10): never one click.
  const [lifting, setLifting] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [showHistory, setShowHistory] = useState(false);
  const now = useNow();
  const undoable = lifted.filter(
    (alert) => alert.lifted && now - Date.parse(alert.lifted.at) < ALERT_UNDO_MINUTES * 60_000,
  );

  return (
    <Alert
      color={active.length ? 'red' : 'gray'}
      variant={active.length ? 'filled' : 'light'}
      py={6}
      data-testid="alert-banner"
      title={active.length ? undefined : 'Aucune alerte médicale'}
    >
      <Group gap="xs" wrap="wrap">
        {active.map((alert) => (
          <Group key={alert.id} gap={4} wrap="nowrap">
            <Text size="sm" fw={700}>
              {ALERT_LABELS[alert.kind]}
              {alert.detail ? ` : ${alert.detail}` : ''}
            </Text>
            {canEdit && lifting !== alert.id && (
              <Button
                size="compact-xs"
                variant="white"
                color="red"
                onClick={() => {
                  setLifting(alert.id);
                  setReason('');
                }}
                title={`Saisie par ${alert.by} le ${frDateTime(alert.at)}`}
              >
                lever…
              </Button>
            )}
            {lifting === alert.id && (
              <Group gap={4} wrap="nowrap">
                <TextInput
                  size="xs"
                  w={260}
                  autoFocus
                  aria-label="Motif de la levée"
                  placeholder="motif (ex. test allergologique négatif)"
                  value={reason}
                  onChange={(e) => {
                    setReason(e.currentTarget.value);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setLifting(null);
                  }}
                  error={fieldError(deactivate.error, 'reason')}
                />
                <Button
                  size="compact-xs"
                  variant="white"
                  color="red"
                  disabled={reason.trim().length < 3}
                  onClick={() => {
                    deactivate.mutate({ id: alert.id, reason }, { onSuccess: () => setLifting(null) });
                  }}
                >
                  Confirmer la levée
                </Button>
                <Button size="compact-xs" variant="subtle" color="gray.0" onClick={() => setLifting(null)}>
                  Garder
                </Button>
              </Group>
            )}
          </Group>
        ))}
        {canEdit &&
          undoable.map((alert) => (
            <Group key={`undo-${alert.id}`} gap={4} wrap="nowrap">
              <Text size="xs" td="line-through">
                {ALERT_LABELS[alert.kind]}
                {alert.detail ? ` : ${alert.detail}` : ''}
              </Text>
              <Button
                size="compact-xs"
                variant="white"
                color="dark"
                onClick={() => {
                  reactivate.mutate({ id: alert.id });
                }}
              >
                Rétablir
              </Button>
            </Group>
          ))}
        {lifted.length > 0 && (
          <Button
            size="compact-xs"
            variant="subtle"
            color={active.length ? 'gray.0' : 'gray'}
            onClick={() => setShowHistory((shown) => !shown)}
          >
            {showHistory ? 'Masquer' : 'Voir'} les alertes levées ({lifted.length})
          </Button>
        )}
        {canEdit && (
          <Group gap={4} ml="auto" wrap="nowrap">
            <Select
              size="xs"
              w={190}
              aria-label="Type d’alerte"
              data={ALERT_KINDS.map((value) => ({ value, label: ALERT_LABELS[value] }))}
              value={kind}
              allowDeselect={false}
              onChange={(value) => value && setKind(value)}
            />
            <TextInput
              size="xs"
              w={200}
              aria-label="Précision de l’alerte"
              placeholder="précision (ex. pénicilline)"
              value={detail}
              onChange={(e) => {
                setDetail(e.currentTarget.value);
              }}
              error={fieldError(add.error, 'detail')}
            />
            <Button
              size="compact-sm"
              variant="white"
              color="dark"
              onClick={() => {
                add.mutate(
                  { patientId, kind, detail },
                  {
                    onSuccess: () => {
                      clearAlert();
                    },
                  },
                );
              }}
            >
              Ajouter l’alerte
            </Button>
          </Group>
        )}
      </Group>
      {showHistory && (
        <Stack gap={0} mt={4} data-testid="lifted-alerts">
          {lifted.map((alert) => (
            <Text key={alert.id} size="xs">
              {ALERT_LABELS[alert.kind]}
              {alert.detail ? ` : ${alert.detail}` : ''} — saisie par {alert.by} le {frDateTime(alert.at)}, levée par{' '}
              {alert.lifted?.by} le {alert.lifted ? frDateTime(alert.lifted.at) : ''} : « {alert.lifted?.reason} »
            </Text>
          ))}
        </Stack>
      )}
    </Alert>
  );
}
