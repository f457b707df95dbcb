import { CliError } from '../cli-io.js';
import type { CliCommand } from '../command.js';

const DEFAULT_URL = 'http://127.0.0.1:4750';

interface Answer {
  ok: boolean;
  value?: unknown;
  error?: { message: string; fields?: Record<string, string> };
}

/** One call of the running server's API; a refusal becomes the server's own French message. */
async function post(url: string, method: string, body: object, token: string | null): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new CliError(`paume appel : aucun serveur Paume ne répond à ${url} (lancé par npm start ou paume serve ?).`);
  }
  const answer = (await response
    .json()
    .catch(() => ({ ok: false, error: { message: `réponse ${response.status}` } }))) as Answer;
  if (!answer.ok) {
    const fields = Object.entries(answer.error?.fields ?? {})
      .map(([field, message]) => `${field} : ${message}`)
      .join(' ; ');
    throw new CliError(`paume appel : ${answer.error?.message ?? 'refusé'}${fields ? ` (${fields})` : ''}`);
  }
  return answer.value;
}

/**
 * `paume appel --de NUMÉRO [--poste NOM] [--url URL]` (issue 26 item 1): what a practice's phone
 * system runs when a call rings. The running server opens « Nouvel appel » with the number on
 * that seat (`hôte`, a paired seat's name; every seat without --poste). It signs in as a person
 * of the practice: PAUME_JETON (a bearer token), or PAUME_IDENTIFIANT and PAUME_MOT_DE_PASSE.
 */
export const appelCommand: CliCommand = {
  name: 'appel',
  run: async ({ values, io, expectArguments }) => {
    expectArguments(0, 'le numéro avec --de : paume appel --de "06 12 34 56 78" --poste "Accueil 2"');
    const number = values.de?.trim();
    if (!number) throw new CliError('paume appel : donnez le numéro qui appelle avec --de.');
    const url = (values.url ?? process.env.PAUME_URL ?? DEFAULT_URL).replace(/\/+$/, '');
    let token = process.env.PAUME_JETON?.trim() || null;
    let signedIn = false;
    if (!token) {
      const login = process.env.PAUME_IDENTIFIANT;
      const password = process.env.PAUME_MOT_DE_PASSE;
      if (!login || !password)
        throw new CliError(
          'paume appel : donnez un compte du cabinet (PAUME_JETON, ou PAUME_IDENTIFIANT et PAUME_MOT_DE_PASSE).',
        );
      const opened = (await post(url, 'auth.login', { login, password, wantsBearerToken: true }, null)) as {
        bearerToken?: string;
      };
      token = opened.bearerToken ?? null;
      if (!token) throw new CliError('paume appel : le serveur n’a pas donné de jeton.');
      signedIn = true;
    }
    try {
      const rung = (await post(url, 'calls.ring', { number, seat: values.poste ?? '' }, token)) as { seat: string };
      io.out(`Appel de ${number} signalé (${rung.seat}) : « Nouvel appel » s’ouvre avec le numéro.`);
    } finally {
      // A session opened only for this call does not stay open.
      if (signedIn) await post(url, 'auth.logout', {}, token).catch(() => undefined);
    }
    return 0;
  },
};
