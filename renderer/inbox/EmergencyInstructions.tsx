import { Alert, List, Text } from '@mantine/core';
import { phoneNumbersIn } from '../../electron/api/common/french';
import type { InboxMessage } from '../../electron/api/common/schemas/inbox';

/**
 * What to do now for a message of an emergency level, shown on the message itself before any
 * booking (issue 22 item 8): an urgence immédiate is not a slot tomorrow morning, it is a call now
 * (the patient, the 15 when life or a finger is at stake) and a surgeon told.
 */
export function EmergencyInstructions({ message }: { message: InboxMessage }) {
  if (message.category !== 'urgence-immediate' && message.category !== 'urgence-jour') return null;
  const phones = phoneNumbersIn(`${message.subject}\n${message.bodyText}`);
  const call =
    phones.length > 0 ? (
      <>
        Appeler le patient maintenant :{' '}
        {phones.map((phone, index) => (
          <span key={phone}>
            {index > 0 && ' ou '}
            <a href={`tel:${phone.replace(/[\s.-]/g, '')}`}>
              <b>{phone}</b>
            </a>
          </span>
        ))}
      </>
    ) : (
      <>Appeler le patient maintenant (numéro du dossier, ou répondre pour le demander)</>
    );
  if (message.category === 'urgence-immediate')
    return (
      <Alert color="red" py={6} data-testid="emergency-instructions" title="Urgence immédiate : à traiter maintenant">
        <List size="sm" spacing={2} type="ordered">
          <List.Item>{call}.</List.Item>
          <List.Item>
            Saignement qui ne s’arrête pas, doigt blanc ou froid, malaise : faire appeler le <b>15</b> (SAMU), ou
            l’appeler pour lui.
          </List.Item>
          <List.Item>
            Amputation : garder le fragment au sec, dans un sachet, posé sur de la glace (jamais directement dedans).
          </List.Item>
          <List.Item>
            Prévenir le chirurgien de garde (« Signaler au chirurgien ») et faire venir le patient tout de suite.
          </List.Item>
        </List>
        <Text size="xs" c="dimmed" mt={4}>
          Pas de rendez-vous plus tard : un créneau n’est pris qu’une fois le patient appelé.
        </Text>
      </Alert>
    );
  return (
    <Alert color="orange" py={6} data-testid="emergency-instructions" title="Urgence du jour : à voir aujourd’hui">
      <Text size="sm">{call}, et lui donner un créneau aujourd’hui (les créneaux gardés pour les urgences).</Text>
    </Alert>
  );
}
