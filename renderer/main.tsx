import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { SessionGate } from './auth/SessionGate';
import { useSession } from './auth/session-context';
import { CabinetPage } from './cabinet/CabinetPage';
import { PatientCreatePage } from './patients/PatientCreatePage';
import { PatientPage } from './patients/PatientPage';
import { AppLayout } from './shell/AppLayout';
import { TheatrePage } from './theatre/TheatrePage';
import { WORKSPACES, homeFor } from './shell/workspaces';
import { NotYetAvailable } from './workspaces/NotYetAvailable';
import { InboxPage } from './inbox/InboxPage';
import { AgendaPage } from './agenda/AgendaPage';
import { ConsultationPage } from './agenda/ConsultationPage';
import { WaitingRoomPage } from './agenda/WaitingRoomPage';

// Dense by default: people use this eight hours a day on ordinary screens.
const theme = createTheme({ defaultRadius: 'sm', fontSizes: { md: '0.9rem' }, primaryColor: 'teal' });

// No background refetching: a call is activity, and an idle seat must be allowed to lock.
const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false, staleTime: 30_000 } },
});

function Home() {
  const { session } = useSession();
  return <Navigate to={homeFor(session.user.roles)} replace />;
}

function App() {
  return (
    <SessionGate>
      <HashRouter>
        <Routes>
          <Route element={<AppLayout />}>
            <Route index element={<Home />} />
            {WORKSPACES.filter((workspace) => workspace.comingWith).map((workspace) => (
              <Route key={workspace.path} path={workspace.path} element={<NotYetAvailable workspace={workspace} />} />
            ))}
            <Route path="/secretariat" element={<InboxPage />} />
            <Route path="/secretariat/rendez-vous" element={<AgendaPage />} />
            <Route path="/secretariat/salle-attente" element={<WaitingRoomPage />} />
            <Route path="/consultation" element={<ConsultationPage />} />
            <Route path="/bloc" element={<TheatrePage />} />
            <Route path="/cabinet/*" element={<CabinetPage />} />
            <Route path="/patients/nouveau" element={<PatientCreatePage />} />
            <Route path="/patients/:id" element={<PatientPage />} />
            <Route path="*" element={<Home />} />
          </Route>
        </Routes>
      </HashRouter>
    </SessionGate>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
