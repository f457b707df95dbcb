import { fileURLToPath } from 'node:url';

/**
 * ../shared beside the project (test speech models, French speech clips, labelled mail): the one
 * place tests and benchmarks find it.
 */
export const sharedPath = (...segments: string[]): string =>
  fileURLToPath(new URL(`../../../shared/${segments.join('/')}`, import.meta.url));
