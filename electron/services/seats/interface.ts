import type { OutputOf } from '../../api/common/contract.js';

/** What the TLS listener tells the seats area once it runs (null: no practice network). */
export interface SeatNetwork {
  readonly urls: readonly string[];
  readonly caPem: string;
  readonly caFingerprint: string;
  readonly serverFingerprint: string;
}

/** The seats (the other computers) and their pairing with the host. */
export interface SeatsService {
  /** The listener tells what it serves once it runs (pairing needs its addresses and certificate). */
  useNetwork(next: SeatNetwork): void;
  list: () => OutputOf<'seats.list'>;
  startPairing(hostSeat: boolean): OutputOf<'seats.startPairing'>;
  claim(
    input: {
      seatName: string;
      nonce: string;
      codeProof: string;
    },
    onPaired: ((token: string) => void) | undefined,
    /** The calling machine (its address), whose wrong tries slow it down. */
    source?: string,
  ): OutputOf<'seats.claimPairing'>;
  /** The seat a token names, or null; when it was last seen is kept to the minute. */
  resolve(token: string | null | undefined): {
    id: number;
    name: string;
  } | null;
  revoke(id: number): void;
}
