import type { Doctor } from '../../api/common/schemas/patients.js';

/** The directory of doctors (GPs, referrers) that patient files and letters point to. */
export interface DoctorsService {
  search: (query: string, limit: number) => Doctor[];
  create: (doctor: Omit<Doctor, 'id'>) => Doctor;
  /** Whether an address is a doctor's of the directory (the inbox trusts it as correspondence). */
  isKnownEmail: (address: string) => boolean;
  find: (id: number | null) => Doctor | null;
  /** NOT_FOUND naming `field` when an id is given and no doctor has it (null passes). */
  require(id: number | null, field: string): void;
}
