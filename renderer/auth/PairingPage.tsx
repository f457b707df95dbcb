import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { call } from '../api/client';
import { ErrorAlert, fieldError } from '../ui/errors';
import { useSubmit } from '../ui/use-submit';
import { newNonce, seatProofInBrowser } from './pairing-proof';

/**
 * A browser on another seat reaching the host for the first time (issue 14): its name (it will be
 * in the access log) and the code the administrator shows on the host, in Cabinet › Postes.
 */
export function PairingPage({ onPaired }: { onPaired: () => void }) {
  const [seatName, setSeatName] = useState('');
  const [code, setCode] = useState('');
  // The seat's pairing, before any session or cache.
  const { submit, error, busy } = useSubmit(async () => {
    const nonce = newNonce();
    return call('seats.claimPairing', { seatName, nonce, codeProof: await seatProofInBrowser(code, nonce) });
  }, onPaired);
  return (
    <Paper maw={520} mx="auto" mt={60} p="xl" withBorder>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2}>Appairer ce poste</Title>
          <Text size="sm" c="dimmed">
            Ce poste rejoint le poste hôte du cabinet. Sur le poste hôte, un administrateur ouvre Cabinet › Postes et
            clique « Appairer un poste ». Avant de taper le code, ouvrez le certificat de cette page (le cadenas de la
            barre d’adresse) : son empreinte SHA-256 doit commencer par l’empreinte affichée sur le poste hôte. Sinon,
            n’allez pas plus loin (ce ne serait pas le poste hôte) et prévenez l’administrateur.
          </Text>
          <ErrorAlert error={error} />
          <TextInput
            label="Nom de ce poste"
            description="Comme il apparaîtra dans le journal : « Accueil 2 », « Salle de plâtre »…"
            autoFocus
            value={seatName}
            onChange={(event) => setSeatName(event.currentTarget.value)}
            error={fieldError(error, 'seatName')}
          />
          <TextInput
            label="Code affiché sur le poste hôte"
            placeholder="ABCD-EFGH"
            autoComplete="off"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={fieldError(error, 'codeProof')}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <Button type="submit" loading={busy} disabled={!seatName.trim() || !code.trim()}>
            Appairer
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
