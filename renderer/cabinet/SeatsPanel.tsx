import { Alert, Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { cabinetKeys } from '../api/query-keys';
import { ErrorAlert } from '../ui/errors';
import { frDateTime, frTime } from '../../electron/api/common/french';

const when = (iso: string | null) => (iso ? frDateTime(iso) : '—');

function downloadCa(pem: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([pem], { type: 'application/x-x509-ca-cert' }));
  link.download = 'paume-cabinet-ca.crt';
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * Cabinet › Postes (issue 14): the other seats of the practice network. On the host, « Appairer
 * un poste » shows a code for ten minutes; the seat types it (browser) or runs `paume pair`
 * (window). Each seat's name is in the access log; « Retirer » closes the network to it.
 */
export function SeatsPanel() {
  const seats = useApiQuery('seats.list', {});
  const pairing = useApiMutation('seats.startPairing', [cabinetKeys.seats()]);
  const revoke = useApiMutation('seats.revoke', [cabinetKeys.seats()]);
  const network = seats.data?.network ?? null;
  return (
    <Stack gap="sm" maw={1100}>
      {!network && seats.data && (
        <Alert color="gray" data-testid="no-network">
          Ce poste ne sert pas encore les autres postes. Sur le poste hôte, démarrez{' '}
          <Code>paume serve --host ADRESSE</Code> (l’adresse de ce poste sur le réseau du cabinet) : les autres postes
          le joignent alors en TLS seulement, après appairage.
        </Alert>
      )}
      {network && (
        <Paper withBorder p="sm">
          <Text size="sm">
            Adresse pour les autres postes : <Code>{network.urls[0]}</Code>
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            Certificat du cabinet, empreinte SHA-256 <Code data-testid="ca-fingerprint">{network.caFingerprint}</Code>.
            Un navigateur d’un autre poste doit l’importer (comparez l’empreinte) ; la fenêtre Paume d’un poste appairé
            épingle le certificat elle-même.
          </Text>
          <Group gap="sm" mt="xs">
            <Button size="xs" onClick={() => pairing.mutate({})} loading={pairing.isPending}>
              Appairer un poste
            </Button>
            <Button size="xs" variant="default" onClick={() => downloadCa(network.caPem)}>
              Télécharger le certificat du cabinet
            </Button>
          </Group>
          <ErrorAlert error={pairing.error} />
          {pairing.data && (
            <Stack gap={2} mt="sm">
              <Title order={2} ff="monospace" data-testid="pairing-code">
                {pairing.data.code}
              </Title>
              <Text size="sm">
                Empreinte du poste hôte :{' '}
                <Code fz="sm" data-testid="pairing-fingerprint">
                  {pairing.data.hostFingerprint}
                </Code>
              </Text>
              <Text size="xs">
                Valable jusqu’à {frTime(pairing.data.expiresAt)}, une seule fois. Sur le nouveau poste, lancez{' '}
                <Code>
                  paume pair {network.urls[0]} {pairing.data.code} --name NOM --empreinte &quot;
                  {pairing.data.hostFingerprint}&quot;
                </Code>{' '}
                (l’empreinte est vérifiée avant que rien ne parte : un autre serveur au milieu est refusé), ou ouvrez{' '}
                {network.urls[0]} dans un navigateur : avant de taper le code, comparez l’empreinte SHA-256 de son
                certificat (le cadenas) avec celle-ci.
              </Text>
            </Stack>
          )}
        </Paper>
      )}
      <Paper withBorder p="sm">
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Poste</Table.Th>
              <Table.Th>Appairé le</Table.Th>
              <Table.Th>Vu le</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(seats.data?.seats ?? []).map((seat) => (
              <Table.Tr key={seat.id} c={seat.revokedAt ? 'dimmed' : undefined}>
                <Table.Td>{seat.name}</Table.Td>
                <Table.Td>{when(seat.pairedAt)}</Table.Td>
                <Table.Td>{when(seat.lastSeenAt)}</Table.Td>
                <Table.Td>
                  {seat.revokedAt ? (
                    `retiré le ${when(seat.revokedAt)}`
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => revoke.mutate({ id: seat.id })}
                    >
                      Retirer
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {seats.data?.seats.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed">
                    Aucun autre poste appairé.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
        <ErrorAlert error={revoke.error} />
      </Paper>
    </Stack>
  );
}
