import { Alert, Title } from '@mantine/core';
import type { Workspace } from '../shell/workspaces';

/** A workspace a later issue will fill: said plainly, with nothing that pretends to work. */
export function NotYetAvailable({ workspace }: { workspace: Workspace }) {
  return (
    <>
      <Title order={3} mb="sm">
        {workspace.label}
      </Title>
      <Alert color="gray" title="Pas encore disponible">
        Cet espace n’est pas encore construit. Il accueillera : {workspace.comingWith}.
      </Alert>
    </>
  );
}
