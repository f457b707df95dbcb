/**
 * End of the legal retention of a medical file (Code de la santé publique, R1112-7): 20 years
 * after the last visit; if the patient is still young, not before their 28th birthday; and if the
 * patient died within 10 years of the last visit, 10 years after death.
 */
export function retentionUntil(birthDate: string, lastVisit: string, deceasedOn: string | null): string {
  if (deceasedOn && deceasedOn <= addYears(lastVisit, 10)) return addYears(deceasedOn, 10);
  const twentyYears = addYears(lastVisit, 20);
  const birthday28 = addYears(birthDate, 28);
  return twentyYears > birthday28 ? twentyYears : birthday28;
}

/** Adds whole years to an ISO date; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const monthDay = iso.slice(5, 10);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}
