import type { FastifyRequest } from 'fastify';
import { contract, isMethodName } from '../api/common/contract.js';
import type { ApiError } from '../api/common/result.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth.js';

/** A body sent with a session: a document is 15 MB at most, base64 makes it 20. */
export const SESSION_BODY_LIMIT = 24 * 1024 * 1024;
/** A body sent before anyone is known (sign-in, pairing claim): a few fields (issue 27 item 1). */
const OPEN_BODY_LIMIT = 16 * 1024;

type ParserDone = (error: Error | null, body?: unknown) => void;

/**
 * Whether a request may send a large body: a method that needs a session, called with a session
 * the database knows and that is not locked. The methods open to anyone (sign-in, pairing, the
 * practice's creation) take a few fields, whatever cookie comes with them; a cookie alone,
 * forged or expired, buys nothing (issue 27 item 1).
 */
export function mayPostLarge(request: FastifyRequest, liveSession: () => boolean): boolean {
  const method = (request.url.split('?')[0] ?? '').replace(/^\/api\//, '');
  return isMethodName(method) && contract[method].access !== 'public' && liveSession();
}

/**
 * The JSON body parser, with a bound chosen before a byte is parsed (issue 27 item 1): small
 * unless `large` says otherwise (mayPostLarge), and the nesting depth checked in one pass over the
 * raw text, so JSON.parse never builds a hostile tree. Every refusal is a 4xx with a French message.
 */
export function boundedJsonParser(large: (request: FastifyRequest) => boolean) {
  return (request: FastifyRequest, payload: NodeJS.ReadableStream, done: ParserDone): void => {
    const limit = large(request) ? SESSION_BODY_LIMIT : OPEN_BODY_LIMIT;
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const refuse = (error: ApiError, status: number): void => {
      if (refused) return;
      refused = true;
      payload.removeAllListeners('data');
      payload.resume();
      done(Object.assign(new Error(error.message), { statusCode: status, apiError: error }), undefined);
    };
    payload.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refuse(
          {
            code: 'PAYLOAD_TOO_LARGE',
            message:
              limit === OPEN_BODY_LIMIT
                ? 'Requête trop volumineuse pour un appel sans session ouverte (16 Ko au maximum).'
                : 'Requête trop volumineuse (24 Mo au maximum ; un document fait 15 Mo au plus).',
          },
          413,
        );
        return;
      }
      chunks.push(chunk);
    });
    payload.on('error', (error: Error) => {
      if (!refused) {
        refused = true;
        done(error, undefined);
      }
    });
    payload.on('end', () => {
      if (refused) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        refuse({ code: 'INVALID_JSON', message: 'Le corps de la requête n’est pas un JSON valide.' }, 400);
        return;
      }
      if (exceedsJsonDepth(text)) {
        refuse(
          {
            code: 'INVALID_JSON',
            message: `Le corps de la requête est imbriqué trop profondément (${MAX_JSON_DEPTH} niveaux au maximum).`,
          },
          400,
        );
        return;
      }
      try {
        done(null, JSON.parse(text) as unknown);
      } catch {
        refuse({ code: 'INVALID_JSON', message: 'Le corps de la requête n’est pas un JSON valide.' }, 400);
      }
    });
  };
}
