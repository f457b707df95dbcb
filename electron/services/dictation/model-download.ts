import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';

export class DownloadError extends Error {}

export interface DownloadProgress {
  readonly received: number;
  readonly total: number | null;
}

function request(url: string, headers: Record<string, string>, redirects = 5): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const getter = url.startsWith('https:') ? httpsGet : httpGet;
    getter(url, { headers }, (response) => {
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.resume();
        if (redirects === 0) {
          reject(new DownloadError('Trop de redirections.'));
          return;
        }
        resolve(request(new URL(location, url).toString(), headers, redirects - 1));
        return;
      }
      resolve(response);
    }).on('error', (error) => {
      reject(new DownloadError(`Téléchargement impossible : ${error.message}`));
    });
  });
}

function sha1Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha1');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => {
        resolve(hash.digest('hex'));
      })
      .on('error', reject);
  });
}

/**
 * Downloads a model to `destination`, resuming a `.partial` file left by a cut connection (HTTP
 * Range), reporting progress, and keeping the file only if its SHA-1 is the pinned one.
 */
export async function downloadModel(options: {
  url: string;
  destination: string;
  sha1: string;
  onProgress: (progress: DownloadProgress) => void;
}): Promise<void> {
  const partial = `${options.destination}.partial`;
  const already = existsSync(partial) ? statSync(partial).size : 0;
  const response = await request(options.url, already > 0 ? { Range: `bytes=${already}-` } : {});
  const resumed = response.statusCode === 206;
  if (response.statusCode !== 200 && !resumed) {
    response.resume();
    throw new DownloadError(`Le serveur de modèles répond ${response.statusCode ?? '?'}.`);
  }
  const start = resumed ? already : 0;
  const length = Number(response.headers['content-length'] ?? NaN);
  const total = Number.isFinite(length) ? start + length : null;
  let received = start;
  const cut = 'Connexion coupée : relancez le téléchargement, il reprendra où il s’est arrêté.';
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(partial, { flags: resumed ? 'a' : 'w' });
    let failure: Error | null = null;
    // Settle only once the file is closed: a resumed download must find every byte already on disk.
    const fail = (error: Error) => {
      failure ??= error;
      out.end();
    };
    response.on('data', (chunk: Buffer) => {
      received += chunk.length;
      options.onProgress({ received, total });
    });
    response.on('error', () => {
      fail(new DownloadError(cut));
    });
    response.on('aborted', () => {
      fail(new DownloadError(cut));
    });
    out.on('error', (error) => {
      fail(error);
    });
    out.on('close', () => {
      if (!failure && total !== null && received < total) failure = new DownloadError(cut);
      if (failure) reject(failure);
      else resolve();
    });
    response.pipe(out);
  });
  const actual = await sha1Of(partial);
  if (actual !== options.sha1) {
    unlinkSync(partial);
    throw new DownloadError(
      `Somme de contrôle incorrecte (SHA-1 ${actual}, attendu ${options.sha1}) : le fichier a été supprimé.`,
    );
  }
  renameSync(partial, options.destination);
}
