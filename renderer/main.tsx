import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { Center, Loader, MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { CallsDayPage } from './calls/CallsDayPage';
import { DayAfterPage } from './calls/DayAfterPage';
import { DayBeforePage } from './calls/DayBeforePage';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { SessionGate } from './auth/SessionGate';
import { useSession } from './auth/session-context';
import { pages, preloadWorkspaces } from './shell/lazy-pages';
import { WORKSPACES, homeFor } from './shell/workspaces';
import { NotYetAvailable } from './workspaces/NotYetAvailable';

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

const { AppLayout, InboxPage, AgendaPage, WaitingRoomPage, ConsultationPage, TheatrePage, CabinetPage } = pages;
const { PatientCreatePage, PatientPage } = pages;

/** The signed-in app; its workspaces' code arrives on first use (lazy-pages.ts). */
function Workspaces() {
  useEffect(preloadWorkspaces, []);
  return (
    <Suspense
      fallback={
        <Center h="100vh" aria-label="Chargement">
          <Loader />
        </Center>
      }
    >
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
            <Route path="/secretariat/appels" element={<CallsDayPage />} />
            <Route path="/secretariat/veille" element={<DayBeforePage />} />
            <Route path="/secretariat/lendemain" element={<DayAfterPage />} />
            <Route path="/consultation" element={<ConsultationPage />} />
            <Route path="/bloc" element={<TheatrePage />} />
            <Route path="/cabinet/*" element={<CabinetPage />} />
            <Route path="/patients/nouveau" element={<PatientCreatePage />} />
            <Route path="/patients/:id" element={<PatientPage />} />
            <Route path="*" element={<Home />} />
          </Route>
        </Routes>
      </HashRouter>
    </Suspense>
  );
}

function App() {
  return (
    <SessionGate>
      <Workspaces />
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
