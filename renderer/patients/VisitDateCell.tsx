import { Anchor, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { frDate } from '../../electron/api/common/french';
import type { Visit } from '../../electron/api/common/schemas/patient-file';
import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import { useApiMutation } from '../api/hooks';
import { patientKeys } from '../api/query-keys';
import { fieldError } from '../ui/errors';

/**
 * A saved consultation's date, corrected in place (issue 22 item 4: one typed at 00:30 on an
 * older version of Paume went on the day before). Entrée saves, Échap gives up; the journal
 * names the old and the new day.
 */
export function VisitDateCell({ visit, canEdit }: { visit: Visit; canEdit: boolean }) {
  const [typed, setTyped] = useState<string | null>(null);
  const update = useApiMutation('visits.update', [patientKeys.file(), patientKeys.searches()]);
  if (typed === null)
    return (
      <Group gap={6} wrap="nowrap">
        <span>{frDate(visit.date)}</span>
        {canEdit && (
          <Anchor
            component="button"
            type="button"
            size="xs"
            aria-label={`Corriger la date de la consultation du ${frDate(visit.date)}`}
            onClick={() => {
              update.reset();
              setTyped(frDate(visit.date));
            }}
          >
            corriger
          </Anchor>
        )}
      </Group>
    );
  const save = () => {
    const { id, version, date: _date, practitionerName: _name, ...fields } = visit;
    update.mutate(
      { id, version, ...fields, date: parseFrenchDate(typed) ?? typed },
      {
        onSuccess: () => {
          setTyped(null);
        },
      },
    );
  };
  return (
    <TextInput
      size="xs"
      w={130}
      autoFocus
      aria-label="Date corrigée de la consultation"
      description="Entrée : enregistrer · Échap : annuler"
      value={typed}
      onChange={(e) => {
        setTyped(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') setTyped(null);
      }}
      error={
        update.error
          ? (fieldError(update.error, 'date') ??
            (update.error instanceof Error ? update.error.message : 'Erreur inattendue.'))
          : undefined
      }
      disabled={update.isPending}
    />
  );
}
