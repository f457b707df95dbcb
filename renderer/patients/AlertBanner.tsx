import { Alert, Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ALERT_KINDS, ALERT_LABELS, type Alert as PatientAlert } from '../../electron/api/schemas/patient-file';
import { useApiMutation } from '../api/hooks';
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
  const add = useApiMutation('alerts.add', ['patients.get']);
  const deactivate = useApiMutation('alerts.deactivate', ['patients.get']);
  const [kind, setKind] = useState<PatientAlert['kind']>('allergy');
  const [detail, setDetail] = useState('');

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
            {canEdit && (
              <Button
                size="compact-xs"
                variant="white"
                color="red"
                onClick={() => {
                  deactivate.mutate({ id: alert.id });
                }}
                title={`Saisie par ${alert.by}`}
              >
                lever
              </Button>
            )}
          </Group>
        ))}
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
                      setDetail('');
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
    </Alert>
  );
}
