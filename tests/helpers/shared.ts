import { fileURLToPath } from 'node:url';

/** ../shared beside the project: test speech models and French speech clips. */
export const sharedPath = (...segments: string[]): string => fileURLToPath(new URL(`../../../shared/${segments.join('/')}`, import.meta.url));
