/**
 * French formatting, once (issue 21): names with civility, « né / née », dates, times, plurals.
 * Shared by the main side and the renderer, so it stays pure: no Node module, no DOM, only `Intl`.
 */
export * from './french/names.js';
export * from './french/dates.js';
export * from './french/plural.js';
export * from './french/phones.js';
