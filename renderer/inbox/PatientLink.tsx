import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { InboxMessage } from '../../electron/api/common/schemas/inbox';
import { useApiQuery } from '../api/hooks';
import { frDate, patientName } from '../../electron/api/common/french';
import { ErrorAlert } from '../ui/errors';
import { useCheckedLink } from './use-checked-link';

const STRENGTH = { sure: 'sûr', likely: 'probable', weak: 'possible' } as const;

/** The patient of a message: confirmed, or candidates with their evidence, or a search, or a new file. */
export function PatientLink({ message }: { message: InboxMessage }) {
  const navigate = useNavigate();
  const link = useCheckedLink();
  const [query, setQuery] = useState('');
  const found = useApiQuery('patients.search', { query, limit: 5 }, { enabled: query.trim().length >= 2 });
  const choose = (patientId: number | null, evidence: string, label = '') => {
    link.ask(message.id, patientId, evidence, label);
  };
  if (message.patient)
    return (
      <Group gap="xs">
        <Text size="sm">
          Patient :{' '}
          <a href={`#/patients/${message.patient.id}`}>
            {message.patient.name} ({frDate(message.patient.birthDate)})
          </a>
        </Text>
        <Text size="xs" c="dimmed">
          {message.patientEvidence}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={() => choose(null, '')}>
          Détacher
        </Button>
      </Group>
    );
  return (
    <Stack gap={4}>
      {link.barFor(message.id) ?? <ErrorAlert error={link.otherError} />}
      {message.candidates.map((candidate, index) => (
        <Group key={candidate.patient.id} gap="xs">
          <Button
            size="compact-xs"
            onClick={() =>
              choose(
                candidate.patient.id,
                candidate.evidence,
                `${candidate.patient.name} (${frDate(candidate.patient.birthDate)})`,
              )
            }
            title={index === 0 ? 'Raccourci : L' : undefined}
          >
            Lier {index === 0 ? '(L)' : ''}
          </Button>
          <Text size="sm">
            {candidate.patient.name} ({frDate(candidate.patient.birthDate)})
          </Text>
          <Badge
            size="xs"
            variant="light"
            color={candidate.strength === 'sure' ? 'green' : candidate.strength === 'likely' ? 'yellow' : 'gray'}
          >
            {STRENGTH[candidate.strength]}
          </Badge>
          <Text size="xs" c="dimmed">
            {candidate.evidence}
          </Text>
        </Group>
      ))}
      <Group gap="xs" align="flex-end">
        <TextInput
          size="xs"
          label="Chercher le patient"
          placeholder="Nom, date de naissance, téléphone"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
          }}
        />
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => void navigate(`/patients/nouveau?message=${message.id}`)}
        >
          Nouveau dossier
        </Button>
      </Group>
      {(found.data ?? []).map((patient) => (
        <Group key={patient.id} gap="xs">
          <Button
            size="compact-xs"
            variant="light"
            onClick={() =>
              choose(patient.id, 'choisi par recherche', `${patientName(patient)} (${frDate(patient.birthDate)})`)
            }
          >
            Lier
          </Button>
          <Text size="sm">
            {patientName(patient)} ({frDate(patient.birthDate)})
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
