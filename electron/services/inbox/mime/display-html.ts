import { Readable } from 'node:stream';
import type { AttachmentSink, ReadAttachment } from './read-types.js';
import { safeHtml } from './safe-html.js';

/**
 * What of a message's HTML is kept for display (issue 27 item 5): half a megabyte of characters
 * holds any real letter; a 30 MB HTML mail is shown by its beginning, whole in an attachment.
 */
export const MAX_DISPLAY_HTML = 512 * 1024;
export const WHOLE_HTML_NAME = 'message-complet.html';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

/**
 * Bounds an HTML body for display. Beyond the bound, the whole HTML goes to the documents store
 * as an attachment and the problem says what is shown.
 */
export async function boundDisplayHtml(
  html: string,
  sink: AttachmentSink,
): Promise<{ html: string; file: ReadAttachment | null; problem: string | null }> {
  if (html.length <= MAX_DISPLAY_HTML) return { html, file: null, problem: null };
  const whole = Buffer.from(html, 'utf8');
  const problem = `HTML de ${megabytes(whole.length)} : seul son début est affiché, le message entier est joint (${WHOLE_HTML_NAME})`;
  const file = await sink(Readable.from([whole])).then(
    (stored): ReadAttachment => ({
      fileName: WHOLE_HTML_NAME,
      declaredMime: 'text/html',
      size: stored.size,
      sha256: stored.sha256,
      head: stored.head,
      refusal: null,
    }),
    (error: unknown): ReadAttachment => ({
      fileName: WHOLE_HTML_NAME,
      declaredMime: 'text/html',
      size: 0,
      sha256: null,
      head: Buffer.alloc(0),
      refusal: (error as Error).message,
    }),
  );
  return { html: html.slice(0, MAX_DISPLAY_HTML), file, problem };
}

/**
 * The HTML to show of a stored message: made safe when it arrived, in the sync's thread. Only once
 * a person allows remote images, or for a message stored before issue 27, is it made safe at
 * opening, from its bounded beginning, so that opening stays short for every other seat.
 */
export function displayHtml(stored: {
  body_html: string | null;
  body_safe_html: string | null;
  blocked_images: number;
  remote_images: number;
}): { html: string; blockedImages: number } | null {
  if (stored.remote_images === 0 && stored.body_safe_html !== null)
    return { html: stored.body_safe_html, blockedImages: stored.blocked_images };
  if (stored.body_html === null) return null;
  return safeHtml(stored.body_html.slice(0, MAX_DISPLAY_HTML), stored.remote_images === 1);
}
