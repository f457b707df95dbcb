import { AppShell, Badge, Box, Button, Group, Kbd, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { NavLink as RouterLink, Outlet, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../electron/api/common/schemas/common';
import { useLiveLists } from '../api/use-live-lists';
import { useSession } from '../auth/session-context';
import { PatientSearch } from '../patients/PatientSearch';
import { logoutWarning } from '../ui/logout-warning';
import { useOpenWork } from '../ui/unsaved-work';
import { WORKSPACES } from './workspaces';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';
import { NewCallPanel } from '../calls/NewCallPanel';
import { openNewCall } from '../calls/call-draft';
import { useRinging } from '../calls/use-ringing';

/** Buttons and badges keep their whole label; the search and the names give way instead. */
const NO_SHRINK = { flexShrink: 0 } as const;

export function AppLayout() {
  useLiveLists();
  useRinging();
  const { session, lock, logout } = useSession();
  const navigate = useNavigate();
  const canCreatePatient = session.user.roles.some((role) => role !== 'theatre');
  // Logging out while a letter is being written asks first (issue 10), inline: no modal.
  const openWork = useOpenWork();
  const [confirmingLogout, setConfirmingLogout] = useState(false);
  usePhysicalHotkeys(
    [
      ['alt+P', () => canCreatePatient && navigate('/patients/nouveau')],
      // F4: the same key on every keyboard, free in the browser, and not F2, which dictates (issue 26).
      ['F4', () => openNewCall()],
      ...WORKSPACES.map((workspace) => [workspace.shortcut, () => navigate(workspace.path)] as [string, () => void]),
      ['mod+shift+L', lock],
      // Empty ignore list: the shortcuts must work while the cursor is in a field, where people are.
    ],
    [],
  );

  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        {/* One line at 1280 px and wider (issue 10): the search shrinks, long names are cut with
            their full text in a tooltip, nothing wraps under the header. */}
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Title order={4}>Paume</Title>
          <Text c="dimmed" size="sm" truncate="end" maw={150} title={session.practiceName}>
            {session.practiceName}
          </Text>
          <Box style={{ flex: '1 1 240px', minWidth: 150, maxWidth: 420 }}>
            <PatientSearch />
          </Box>
          {canCreatePatient && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => void navigate('/patients/nouveau')}
              title="Alt+P"
              style={NO_SHRINK}
            >
              Nouveau patient
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="light"
            color="teal"
            onClick={() => openNewCall()}
            title="F4"
            style={NO_SHRINK}
            data-testid="new-call-button"
          >
            Nouvel appel
          </Button>
          <Group gap={6} wrap="nowrap" ml="auto">
            <Text size="sm" data-testid="current-user" truncate="end" maw={170} title={session.user.displayName}>
              {session.user.displayName}
            </Text>
            {session.user.roles.map((role) => (
              <Badge key={role} variant="light" size="xs" style={NO_SHRINK}>
                {ROLE_LABELS[role]}
              </Badge>
            ))}
            <Button size="compact-sm" variant="default" onClick={lock} title="Ctrl+Maj+L" style={NO_SHRINK}>
              Verrouiller
            </Button>
            {confirmingLogout && openWork.length > 0 ? (
              // Below the header, whole (issue 22 item 16: it was cut under the 48 px header at 1280).
              <Paper
                data-testid="logout-confirm"
                shadow="md"
                withBorder
                p="xs"
                pos="absolute"
                top={52}
                right={12}
                maw={420}
                style={{ zIndex: 300 }}
              >
                <Text size="sm" c="orange.9" mb={6}>
                  {logoutWarning(openWork)} Se déconnecter ?
                </Text>
                <Group gap={6} justify="flex-end">
                  <Button size="compact-sm" variant="default" onClick={() => setConfirmingLogout(false)}>
                    Rester
                  </Button>
                  <Button size="compact-sm" color="orange" onClick={logout}>
                    Se déconnecter
                  </Button>
                </Group>
              </Paper>
            ) : (
              <Button
                size="compact-sm"
                variant="subtle"
                style={NO_SHRINK}
                onClick={() => {
                  if (openWork.length > 0) setConfirmingLogout(true);
                  else logout();
                }}
              >
                Se déconnecter
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Stack gap={2}>
          {WORKSPACES.map((workspace) => (
            <NavLink
              key={workspace.path}
              component={RouterLink}
              to={workspace.path}
              label={workspace.label}
              description={workspace.comingWith ? 'pas encore disponible' : undefined}
              rightSection={<Kbd size="xs">{workspace.shortcut.replace('alt+', 'Alt+')}</Kbd>}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
        <NewCallPanel />
      </AppShell.Main>
    </AppShell>
  );
}
