import { parisToday } from '../../electron/api/common/paris-day';
import { Badge, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ageOn } from '../../electron/api/common/schemas/identity';
import { IDENTITY_STATUS_LABELS } from '../../electron/api/common/schemas/patients';
import { apiQuery, useApiQuery } from '../api/hooks';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../ui/errors';
import { MessagesPanel } from './MessagesPanel';
import { LettersPanel } from '../letters/LettersPanel';
import { PatientAppointments } from '../agenda/PatientAppointments';
import { AccessLogTable } from './AccessLogTable';
import { AlertBanner } from './AlertBanner';
import { DocumentsPanel } from './DocumentsPanel';
import { bornWord, frDate, patientNameWithBirthName } from '../../electron/api/common/french';
import { joinParts } from '../ui/join-parts';
import { IdentityPanel } from './IdentityPanel';
import { PreferencesPanel } from './PreferencesPanel';
import { VisitsPanel } from './VisitsPanel';

/**
 * The tab each role needs most on opening a file (issue 10): theatre staff the preferences,
 * surgeons the consultations, the front desk the file itself.
 */
function firstTabFor(roles: readonly string[]): string {
  if (roles.includes('surgeon')) return 'consultations';
  if (roles.includes('secretary') || roles.includes('admin')) return 'identite';
  if (roles.includes('theatre')) return 'preferences';
  return 'identite';
}

export function PatientPage() {
  const id = Number(useParams().id);
  const [searchParams] = useSearchParams();
  const { session } = useSession();
  const roles = session.user.roles;
  const validId = Number.isInteger(id) && id > 0;
  const file = useApiQuery('patientFile.open', { id }, { enabled: validId });
  const queryClient = useQueryClient();
  // The identity and the open tab paint first; the other tabs mount on the next frame and then stay
  // mounted (what is typed in one survives a switch), instead of the whole file in one long frame.
  const [othersMounted, setOthersMounted] = useState(false);
  const loaded = file.data !== undefined;
  useEffect(() => {
    if (!loaded) return;
    const frame = requestAnimationFrame(() => {
      setOthersMounted(true);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [loaded]);
  const canMessage = roles.some((role) => role !== 'theatre');
  // The file's parts are asked for with its identity, side by side, not once it has arrived
  // (issue 25): the panels below find their data already on its way.
  useEffect(() => {
    if (!validId) return;
    const parts = [
      apiQuery('agenda.ofPatient', { patientId: id }),
      apiQuery('letters.list', { patientId: id }),
      apiQuery('letters.templates', {}),
      apiQuery('practice.listPractitioners', {}),
      ...(canMessage ? [apiQuery('inbox.forPatient', { patientId: id })] : []),
    ];
    for (const part of parts) queryClient.query(part as Parameters<typeof queryClient.query>[0]).catch(() => undefined); // its panel shows a refusal
  }, [id, validId, canMessage, queryClient]);
  // Saved on another seat (issue 14): `patients.changed` reads this file again at once (see
  // api/event-keys.ts); typing in progress is kept.
  const canEdit = roles.some((role) => role !== 'theatre');
  const isAdmin = roles.includes('admin');

  if (file.error) return <ErrorAlert error={file.error} />;
  if (!file.data)
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  const patient = file.data;
  const fields = patient.fields;

  return (
    <Stack gap="xs" key={patient.id}>
      <Group gap="sm" align="baseline">
        <Title order={3} data-testid="patient-name">
          {patientNameWithBirthName(fields)}
        </Title>
        <Text>
          {joinParts(
            `${bornWord(fields.sex)} le ${frDate(fields.birthDate)}`,
            `${ageOn(fields.birthDate, parisToday())} ans`,
            fields.city,
          )}
        </Text>
        <Badge variant="light" color={patient.identityStatus === 'qualified' ? 'teal' : 'gray'}>
          Identité {IDENTITY_STATUS_LABELS[patient.identityStatus].toLowerCase()}
        </Badge>
        {fields.workAccident && <Badge color="orange">Accident du travail</Badge>}
        {patient.mergedInto && <Badge color="red">Fusionné dans le dossier n° {patient.mergedInto}</Badge>}
        <Text size="xs" c="dimmed">
          dossier n° {patient.id}
        </Text>
      </Group>
      <PatientAppointments patientId={patient.id} canBook={canEdit} />
      <AlertBanner patientId={patient.id} alerts={patient.alerts} canEdit={canEdit} />
      <Tabs defaultValue={searchParams.get('onglet') ?? firstTabFor(roles)} keepMounted={othersMounted}>
        <Tabs.List mb="xs">
          <Tabs.Tab value="identite">Dossier</Tabs.Tab>
          <Tabs.Tab value="preferences">Préférences</Tabs.Tab>
          <Tabs.Tab value="consultations">Consultations ({patient.visitCount})</Tabs.Tab>
          <Tabs.Tab value="documents">Documents ({patient.documents.length})</Tabs.Tab>
          <Tabs.Tab value="courriers">Courriers</Tabs.Tab>
          {canEdit && <Tabs.Tab value="messages">Échanges</Tabs.Tab>}
          {isAdmin && <Tabs.Tab value="acces">Journal des accès</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="identite">
          <IdentityPanel
            file={patient}
            canEdit={canEdit}
            isAdmin={isAdmin}
            canExport={roles.includes('admin') || roles.includes('secretary')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="preferences">
          <PreferencesPanel patientId={patient.id} preferences={patient.preferences} />
        </Tabs.Panel>
        <Tabs.Panel value="consultations">
          <VisitsPanel
            patientId={patient.id}
            visits={patient.visits}
            total={patient.visitCount}
            canEdit={canEdit}
            patientName={patientNameWithBirthName(fields)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsPanel patientId={patient.id} documents={patient.documents} />
        </Tabs.Panel>
        <Tabs.Panel value="courriers">
          <LettersPanel patientId={patient.id} visits={patient.visits} canWrite={canEdit} />
        </Tabs.Panel>
        {canEdit && (
          <Tabs.Panel value="messages">
            <MessagesPanel patientId={patient.id} />
          </Tabs.Panel>
        )}
        {isAdmin && (
          <Tabs.Panel value="acces">
            <AccessLogTable patientId={patient.id} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
