import { Tabs, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../auth/session-context';
import { AccessLogTable } from '../patients/AccessLogTable';
import { AgendaSettingsPanel } from '../agenda/settings/AgendaSettingsPanel';
import { AuditPanel } from './AuditPanel';
import { BackupsPanel } from './BackupsPanel';
import { SeatsPanel } from './SeatsPanel';
import { DictationPanel } from '../letters/settings/DictationPanel';
import { MailAccountsPanel } from '../inbox/settings/MailAccountsPanel';
import { TriageProtocolPanel } from '../inbox/settings/TriageProtocolPanel';
import { FirstAidPanel } from '../calls/FirstAidPanel';
import { DayAfterThresholdsPanel } from '../calls/DayAfterThresholdsPanel';
import { PracticeForm } from './PracticeForm';
import { PractitionersPanel } from './PractitionersPanel';
import { StartChecklist } from './StartChecklist';
import { UsersPanel } from './UsersPanel';

/** Practice settings. Everyone may read the practice and its practitioners; only admins edit. */
export function CabinetPage() {
  const { session } = useSession();
  const isAdmin = session.user.roles.includes('admin');
  const isSurgeon = session.user.roles.includes('surgeon');
  const tab = useParams()['*'] || 'cabinet';
  const navigate = useNavigate();

  return (
    <>
      <Title order={3} mb="sm">
        Cabinet
      </Title>
      {isAdmin && <StartChecklist />}
      {/* Ten tabs on one line at 1280 px: a little less padding than Mantine's default. */}
      <Tabs
        value={tab}
        onChange={(value) => void navigate(`/cabinet/${value ?? 'cabinet'}`)}
        styles={{ tab: { paddingInline: 12 } }}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="cabinet">Cabinet</Tabs.Tab>
          <Tabs.Tab value="praticiens">Praticiens</Tabs.Tab>
          {isAdmin && <Tabs.Tab value="comptes">Comptes</Tabs.Tab>}
          {(isAdmin || isSurgeon) && <Tabs.Tab value="dictee">Dictée et modèles</Tabs.Tab>}
          {isAdmin && <Tabs.Tab value="agenda">Agenda</Tabs.Tab>}
          {isAdmin && <Tabs.Tab value="messagerie">Messagerie</Tabs.Tab>}
          {isAdmin && <Tabs.Tab value="protocole">Protocole de tri</Tabs.Tab>}
          <Tabs.Tab value="suivi">Suivi J+1</Tabs.Tab>
          {isAdmin && <Tabs.Tab value="sauvegardes">Sauvegardes</Tabs.Tab>}
          {isAdmin && <Tabs.Tab value="postes">Postes</Tabs.Tab>}
          {isAdmin && <Tabs.Tab value="journal">Journal</Tabs.Tab>}
          {isAdmin && <Tabs.Tab value="acces">Accès</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="cabinet">
          <PracticeForm editable={isAdmin} />
        </Tabs.Panel>
        <Tabs.Panel value="praticiens">
          <PractitionersPanel editable={isAdmin} />
        </Tabs.Panel>
        {(isAdmin || isSurgeon) && (
          <Tabs.Panel value="dictee">
            <DictationPanel isAdmin={isAdmin} isSurgeon={isSurgeon} />
          </Tabs.Panel>
        )}
        {isAdmin && (
          <Tabs.Panel value="comptes">
            <UsersPanel />
          </Tabs.Panel>
        )}
        {isAdmin && (
          <Tabs.Panel value="sauvegardes">
            <BackupsPanel />
          </Tabs.Panel>
        )}
        {isAdmin && (
          <Tabs.Panel value="postes">
            <SeatsPanel />
          </Tabs.Panel>
        )}
        {isAdmin && (
          <Tabs.Panel value="acces">
            <AccessLogTable />
          </Tabs.Panel>
        )}
        {isAdmin && (
          <Tabs.Panel value="agenda">
            <AgendaSettingsPanel />
          </Tabs.Panel>
        )}
        {isAdmin && (
          <Tabs.Panel value="messagerie">
            <MailAccountsPanel />
          </Tabs.Panel>
        )}
        {isAdmin && (
          <Tabs.Panel value="protocole">
            <TriageProtocolPanel />
            <FirstAidPanel />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="suivi">
          <DayAfterThresholdsPanel editable={isAdmin || isSurgeon} />
        </Tabs.Panel>
        {isAdmin && (
          <Tabs.Panel value="journal">
            <AuditPanel />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
