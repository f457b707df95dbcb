import type PizZip from 'pizzip';
import { onFirstUse } from './first-use.js';

/** PizZip (the zip of .docx files, exports, XDM mail), loaded when first used (issue 25). */
export const zipLibrary = onFirstUse('pizzip', () => require('pizzip') as typeof PizZip);
