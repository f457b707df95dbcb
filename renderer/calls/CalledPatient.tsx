import { Anchor, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { bornWord, frDate } from '../../electron/api/common/french';
import type { SEXES } from '../../electron/api/common/schemas/patients';

/**
 * The patient a J-1 or J+1 call is for, at the top of its form: the name, the birth date
 * (identity vigilance) and the numbers to dial; `children` says what the call is about.
 */
export function CalledPatient({
  patient,
  children,
}: {
  patient: { name: string; birthDate: string; sex: (typeof SEXES)[number]; phones: readonly string[] };
  children: ReactNode;
}) {
  return (
    <div>
      <Title order={4}>{patient.name}</Title>
      <Text size="sm">
        {bornWord(patient.sex)} le {frDate(patient.birthDate)} ·{' '}
        {patient.phones.length === 0
          ? 'aucun numéro au dossier'
          : patient.phones.map((phone) => (
              <Anchor key={phone} href={`tel:${phone.replace(/\s/g, '')}`} mr="xs">
                {phone}
              </Anchor>
            ))}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}
