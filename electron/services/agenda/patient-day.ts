import { frTime } from '../../api/common/french.js';

/** The warning (not a refusal) for a patient who already has an appointment that day, or null. */
export function sameDayWarning(
  rows: readonly { local_time: string; practitioner_id: number; motif_label: string }[],
  names: ReadonlyMap<number, string>,
): string | null {
  if (rows.length === 0) return null;
  const listed = rows
    .map(
      (row) =>
        `${frTime(row.local_time)} avec ${names.get(row.practitioner_id) ?? 'un praticien'} (${row.motif_label})`,
    )
    .join(', ');
  return `attention : déjà un rendez-vous ce jour-là, ${listed}`;
}
