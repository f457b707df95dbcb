/** Milliseconds since the epoch; injected so tests can move time (session lock, throttling). */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
export const isoAt = (clock: Clock): string => new Date(clock()).toISOString();
