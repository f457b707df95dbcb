import type sanitizeHtml from 'sanitize-html';
import { onFirstUse } from '../../../lib/first-use.js';

const sanitizer = onFirstUse('sanitize-html', () => require('sanitize-html') as typeof sanitizeHtml);

/**
 * HTML mail made safe to show (issue 11): sanitize-html keeps text formatting only; no script,
 * style, form, frame or event attribute survives. Remote images (trackers) are kept out until a
 * person allows them: their address moves to data-blocked-src and is counted. The result is still
 * shown in a sandboxed frame with a CSP that forbids scripts, as a second wall.
 */
export function safeHtml(html: string, allowRemoteImages: boolean): { html: string; blockedImages: number } {
  let blockedImages = 0;
  const clean = sanitizer()(html, {
    allowedTags: [
      'p',
      'div',
      'span',
      'br',
      'hr',
      'b',
      'strong',
      'i',
      'em',
      'u',
      's',
      'small',
      'sub',
      'sup',
      'blockquote',
      'pre',
      'code',
      'ul',
      'ol',
      'li',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'a',
      'img',
      'font',
    ],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height', 'data-blocked-src'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
      font: ['color'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: allowRemoteImages ? ['https', 'http'] : [] },
    allowProtocolRelative: false,
    transformTags: {
      img: (tagName, attributes) => {
        const src = attributes.src ?? '';
        if (allowRemoteImages && /^https?:/i.test(src)) return { tagName, attribs: attributes };
        blockedImages += 1;
        return {
          tagName,
          attribs: {
            alt: attributes.alt ?? 'image bloquée',
            'data-blocked-src': src.slice(0, 300),
            width: '1',
            height: '1',
          },
        };
      },
      a: (tagName, attributes) => {
        // Only web and mail links keep their address (shown as a title, the frame opens nothing).
        const href = attributes.href ?? '';
        const attribs: Record<string, string> = /^(https?:|mailto:)/i.test(href) ? { href, title: href } : {};
        return { tagName, attribs };
      },
    },
  });
  return { html: clean, blockedImages };
}
