import type { Practitioner } from '../../electron/api/common/schemas/practice';
import { useApiQuery } from '../api/hooks';
import { useSession } from '../auth/session-context';

/** The practitioners as a select's choices: « Dr Claire Fontaine ». */
export const practitionerChoices = (practitioners: readonly Practitioner[] | undefined) =>
  (practitioners ?? []).map((p) => ({ value: String(p.id), label: `${p.title} ${p.firstName} ${p.lastName}` }));

/**
 * The practitioner an agenda screen opens on: the signed-in user's own practitioner when they
 * have one, otherwise the first surgeon (an anaesthetist has no consultation list to show),
 * otherwise whoever comes first.
 */
export function defaultPractitionerId(
  practitioners: readonly Practitioner[] | undefined,
  own: number | null | undefined,
): number | null {
  const list = practitioners ?? [];
  if (own != null && list.some((p) => p.id === own)) return own;
  return (list.find((p) => p.kind === 'surgeon') ?? list[0])?.id ?? null;
}

/** The practice's practitioners, their choices, and the one an agenda screen opens on. */
export function usePractitioners() {
  const { session } = useSession();
  const practitioners = useApiQuery('practice.listPractitioners', {});
  return {
    list: practitioners.data,
    choices: practitionerChoices(practitioners.data),
    fallbackId: defaultPractitionerId(practitioners.data, session.user.practitionerId),
  };
}
