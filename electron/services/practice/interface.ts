import type { Practice, PracticeRead, Practitioner, PractitionerInput } from '../../api/common/schemas/practice.js';

/** The practice and its practitioners, as letters, the agenda and the theatre name them. */
export interface PracticeService {
  getPractice: () => PracticeRead;
  findPractice: () => Practice | null;
  createPractice: (name: string) => void;
  /** Saves an edit based on `version`; refused with both versions if someone saved since. */
  updatePractice(practice: Practice, version: number, userId: number): PracticeRead;
  listPractitioners: () => Practitioner[];
  findPractitioner: (id: number) => Practitioner | null;
  createPractitioner(input: PractitionerInput): Practitioner;
  /** Saves an edit based on `version`; refused with both versions if someone saved since. */
  updatePractitioner(
    id: number,
    input: PractitionerInput,
    active: boolean,
    change: {
      version: number;
      userId: number;
    },
  ): Practitioner;
  getPractitioner(id: number): Practitioner;
}
