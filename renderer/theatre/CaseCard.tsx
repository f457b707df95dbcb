import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../api/client';
import { blobOf } from '../ui/download';
import { useDocumentUrl } from '../patients/use-document-url';
import { ALERT_LABELS, DIGIT_LABELS } from '../../electron/api/common/schemas/patient-file';
import { IDENTITY_STATUS_LABELS } from '../../electron/api/common/schemas/patients';
import {
  ANAESTHESIA_LABELS,
  SIDE_LABELS,
  ZONE_LABELS,
  type TheatreCase,
} from '../../electron/api/common/schemas/theatre';
import { bornWord, frDate } from '../../electron/api/common/french';
import { joinParts } from '../ui/join-parts';
import { orderedPreferences, preferenceLine, PREFERENCE_TITLES } from './preference-summary';

/** Plays the patient's music from the practice's folder, or says to use their own headphones. */
function MusicPlayer({ caseId }: { caseId: number }) {
  const [state, setState] = useState<{ url: string; name: string } | 'none' | null>(null);
  const find = () => {
    // Fetched when asked for, like a download: a sound file is not kept in the cache.
    void call('theatre.music', { caseId }).then((found) => {
      if (!found) {
        setState('none');
        return;
      }
      setState({ url: URL.createObjectURL(blobOf(found)), name: found.fileName });
    });
  };
  useEffect(
    () => () => {
      if (state && state !== 'none') URL.revokeObjectURL(state.url);
    },
    [state],
  );
  if (state === null)
    return (
      <Button size="compact-xs" variant="light" w="fit-content" onClick={find}>
        ▶ Sa musique
      </Button>
    );
  if (state === 'none')
    return (
      <Text size="sm" data-testid="music-none">
        Rien de tel dans le dossier musique du cabinet : casque du patient.
      </Text>
    );
  return (
    <Group gap="xs" data-testid="music-player">
      <audio controls autoPlay src={state.url} />
      <Text size="xs">{state.name}</Text>
    </Group>
  );
}

/** The person's photo from the file, when there is one: the team greets the face it expects. */
function PatientPhoto({ documentId, size }: { documentId: number; size: number }) {
  const url = useDocumentUrl(documentId);
  return url ? (
    <img src={url} alt="Photo du patient" width={size} height={size} style={{ objectFit: 'cover', borderRadius: 8 }} />
  ) : null;
}

/** « MAIN DROITE · Annulaire (D4) · IPP »: the site, in the words of the marking and the consent. */
export function siteOf(theatreCase: Pick<TheatreCase, 'side' | 'digits' | 'zone'>): string {
  return joinParts(
    SIDE_LABELS[theatreCase.side],
    theatreCase.digits.map((digit) => `${DIGIT_LABELS[digit]} (${digit})`).join(', '),
    theatreCase.zone ? ZONE_LABELS[theatreCase.zone] : null,
  );
}

/**
 * The patient card read before the patient enters (issue 13): the person first (name, how to
 * talk to them), the exact site in big letters, what must not be missed, their choices.
 * `large` is the room screen, readable across the theatre.
 */
export function CaseCard({ theatreCase, large = false }: { theatreCase: TheatreCase; large?: boolean }) {
  const { card } = theatreCase;
  return (
    <Paper withBorder p={large ? 'xl' : 'sm'} data-testid="case-card">
      <Stack gap={large ? 'md' : 6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          {card.photoDocumentId !== null && <PatientPhoto documentId={card.photoDocumentId} size={large ? 160 : 64} />}
          <div style={{ flex: 1 }}>
            <Title order={large ? 1 : 4}>
              {theatreCase.position}. {card.displayName}
            </Title>
            <Text size={large ? 'xl' : 'sm'}>
              {joinParts(`${bornWord(card.sex)} le ${frDate(card.birthDate)}`, `${card.age} ans`)}
            </Text>
          </div>
          <Group gap={4}>
            <Badge
              variant="light"
              color={card.identityStatus === 'qualified' ? 'teal' : 'gray'}
              size={large ? 'lg' : 'sm'}
            >
              Identité {IDENTITY_STATUS_LABELS[card.identityStatus].toLowerCase()}
            </Badge>
            {!large && (
              <Anchor component={Link} to={`/patients/${card.patientId}`} size="xs">
                dossier
              </Anchor>
            )}
          </Group>
        </Group>
        <Title order={large ? 1 : 3} c="red.8" data-testid="case-site" style={{ fontSize: large ? '3rem' : undefined }}>
          {siteOf(theatreCase)}
        </Title>
        <Text size={large ? 'xl' : 'sm'} fw={600}>
          {theatreCase.procedure} · {theatreCase.estimatedMinutes} min
        </Text>
        {card.alerts.length > 0 && (
          <Group gap={6}>
            {card.alerts.map((alert) => (
              <Badge key={alert.id} color="red" size={large ? 'xl' : 'md'}>
                {ALERT_LABELS[alert.kind]}
                {alert.detail ? ` : ${alert.detail}` : ''}
              </Badge>
            ))}
          </Group>
        )}
        <Text size={large ? 'xl' : 'sm'}>
          Anesthésie prévue : <b>{ANAESTHESIA_LABELS[theatreCase.plannedAnaesthesia]}</b>
        </Text>
        {theatreCase.anaesthesiaMismatch && card.chosenAnaesthesia && (
          <Alert color="orange" py={6} data-testid="anaesthesia-mismatch">
            <Text size={large ? 'xl' : 'sm'}>
              Le patient a choisi : <b>{ANAESTHESIA_LABELS[card.chosenAnaesthesia]}</b>. À revoir avec lui avant
              l’induction.
            </Text>
          </Alert>
        )}
        <Stack gap={2}>
          {orderedPreferences(card.preferences).map((preference) => (
            <Text key={preference.value.item} size={large ? 'xl' : 'sm'}>
              <b>{PREFERENCE_TITLES[preference.value.item]} :</b> {preferenceLine(preference.value)}
            </Text>
          ))}
          <MusicPlayer caseId={theatreCase.id} />
          {card.preferences.every((preference) => preference.value.item !== 'music') && (
            <Text size={large ? 'xl' : 'sm'} c="dimmed">
              Musique : non renseignée (casque du patient ?)
            </Text>
          )}
        </Stack>
        {theatreCase.notes && (
          <Text size={large ? 'lg' : 'xs'} c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {theatreCase.notes}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
