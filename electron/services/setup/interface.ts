import type { OutputOf } from '../../api/common/contract.js';

/** The first start: the practice and its first administrator. */
export interface SetupService {
  status: () => OutputOf<'setup.status'>;
  initialize(input: {
    practiceName: string;
    login: string;
    displayName: string;
    password: string;
    alsoSurgeon: boolean;
  }): Promise<number>;
}
