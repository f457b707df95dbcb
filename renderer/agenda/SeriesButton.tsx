import { Button } from '@mantine/core';
import { useState } from 'react';
import { SeriesPlanner } from './SeriesPlanner';

/** « Une série… » under the finder: the planner for this patient and motif, opened in place. */
export function SeriesButton({
  patientId,
  motifId,
  practitionerId,
}: {
  patientId: number | null;
  motifId: number | null;
  practitionerId: number | null;
}) {
  const [open, setOpen] = useState(false);
  if (open && patientId !== null && motifId !== null)
    return (
      <SeriesPlanner
        key={`${patientId}-${motifId}`}
        patientId={patientId}
        motifId={motifId}
        practitionerId={practitionerId}
        onClose={() => setOpen(false)}
      />
    );
  return (
    <Button
      size="compact-xs"
      variant="light"
      disabled={patientId === null || motifId === null}
      title={patientId === null || motifId === null ? 'Choisissez d’abord le patient et le motif' : undefined}
      onClick={() => setOpen(true)}
    >
      Une série de rendez-vous…
    </Button>
  );
}
