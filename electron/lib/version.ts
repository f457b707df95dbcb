/** Replaced at build time by scripts/build-main.mjs; "dev" when run from the sources. */
declare const __PAUME_VERSION__: string | undefined;
export const PAUME_VERSION: string = typeof __PAUME_VERSION__ === 'string' ? __PAUME_VERSION__ : 'dev';
