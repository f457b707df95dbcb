import { AppShell, Badge, Button, Group, Kbd, NavLink, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { NavLink as RouterLink, Outlet, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../electron/api/schemas/common';
import { useSession } from '../auth/session-context';
import { PatientSearch } from '../patients/PatientSearch';
import { useOpenWork } from '../ui/unsaved-work';
import { WORKSPACES } from './workspaces';

export function AppLayout() {
  const { session, lock, logout } = useSession();
  const navigate = useNavigate();
  const canCreatePatient = session.user.roles.some((role) => role !== 'theatre');
  // Logging out while a letter is being written asks first (issue 10), inline: no modal.
  const openWork = useOpenWork();
  const [confirmingLogout, setConfirmingLogout] = useState(false);
  useHotkeys(
    [
      ['alt+P', () => canCreatePatient && navigate('/patients/nouveau')],
      ...WORKSPACES.map((workspace) => [workspace.shortcut, () => navigate(workspace.path)] as [string, () => void]),
      ['mod+shift+L', lock],
      // Empty ignore list: the shortcuts must work while the cursor is in a field, where people are.
    ],
    [],
  );

  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={4}>Paume</Title>
            <Text c="dimmed" size="sm">
              {session.practiceName}
            </Text>
            <PatientSearch />
            {canCreatePatient && (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => void navigate('/patients/nouveau')}
                title="Alt+P"
              >
                Nouveau patient
              </Button>
            )}
          </Group>
          <Group gap="xs">
            <Text size="sm" data-testid="current-user">
              {session.user.displayName}
            </Text>
            {session.user.roles.map((role) => (
              <Badge key={role} variant="light" size="sm">
                {ROLE_LABELS[role]}
              </Badge>
            ))}
            <Button size="compact-sm" variant="default" onClick={lock} title="Ctrl+Maj+L">
              Verrouiller
            </Button>
            {confirmingLogout && openWork.length > 0 ? (
              <Group gap={4} data-testid="logout-confirm">
                <Text size="xs" c="orange.8" maw={280} lh={1.2}>
                  En cours : {openWork.join(', ')} (brouillon gardé). Se déconnecter ?
                </Text>
                <Button size="compact-xs" color="orange" onClick={logout}>
                  Se déconnecter
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => setConfirmingLogout(false)}>
                  Rester
                </Button>
              </Group>
            ) : (
              <Button
                size="compact-sm"
                variant="subtle"
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
      </AppShell.Main>
    </AppShell>
  );
}
