import { AppShell, Badge, Button, Group, Kbd, NavLink, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { NavLink as RouterLink, Outlet, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../electron/api/schemas/common';
import { useSession } from '../auth/session-context';
import { PatientSearch } from '../patients/PatientSearch';
import { WORKSPACES } from './workspaces';

export function AppLayout() {
  const { session, lock, logout } = useSession();
  const navigate = useNavigate();
  const canCreatePatient = session.user.roles.some((role) => role !== 'theatre');
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
            <Button size="compact-sm" variant="subtle" onClick={logout}>
              Se déconnecter
            </Button>
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
