import type { ImapFlow } from 'imapflow';
import { onFirstUse } from '../../../lib/first-use.js';
import type { OpenAccount } from '../accounts.js';

/**
 * An IMAP client for an account. An `error` listener is always attached: without one, a server
 * dropping an idle connection kills Node (a known imapflow trap, brief of issue 11).
 */
// Loaded at the first sync or connection test, not at start (issue 25).
const imapLibrary = onFirstUse('imapflow', () => require('imapflow') as typeof import('imapflow'));

export function imapClient(account: OpenAccount, onError: (error: Error) => void = () => undefined): ImapFlow {
  const { row } = account;
  const client = new (imapLibrary().ImapFlow)({
    host: row.imap_host,
    port: row.imap_port,
    secure: row.imap_security === 'tls',
    doSTARTTLS: row.imap_security === 'starttls' ? true : row.imap_security === 'none' ? false : undefined,
    auth: { user: row.login, pass: account.password },
    tls: { ...account.tls, servername: row.imap_host },
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 5 * 60_000,
  });
  client.on('error', onError);
  return client;
}

export interface MailProblem {
  readonly kind: 'auth' | 'dns' | 'refused' | 'tls' | 'timeout' | 'folder' | 'other';
  readonly message: string;
}

const TLS_ERROR = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO|HOSTNAME|ERR_TLS|ERR_SSL|ssl|tls|handshake|alert/i;

/** Says in French what failed when talking to a mail server: DNS, refusal, TLS, password… */
export function describeMailError(error: unknown, server: string): MailProblem {
  const failure = error as {
    code?: string;
    message?: string;
    authenticationFailed?: boolean;
    responseText?: string;
    response?: string;
    responseCode?: number;
  };
  const detail = failure.responseText ?? failure.response ?? failure.message ?? String(error);
  // nodemailer wraps socket errors (code ESOCKET): the system code is then in the message.
  const code =
    failure.code === 'ESOCKET' || failure.code === 'ECONNECTION'
      ? (/\b(E[A-Z]{4,})\b/.exec(detail)?.[1] ?? failure.code)
      : failure.code;
  if (failure.authenticationFailed || failure.code === 'EAUTH' || failure.responseCode === 535)
    return { kind: 'auth', message: `Identifiant ou mot de passe refusé par ${server}.` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EDNS')
    return { kind: 'dns', message: `Serveur ${server} introuvable (DNS) : vérifiez son nom.` };
  if (code === 'ECONNREFUSED')
    return { kind: 'refused', message: `Connexion refusée par ${server} : serveur arrêté ou mauvais port.` };
  if (
    failure.code === 'ETIMEDOUT' ||
    failure.code === 'ETIMEOUT' ||
    failure.code === 'CONNECT_TIMEOUT' ||
    /timed? ?out/i.test(detail)
  )
    return { kind: 'timeout', message: `${server} ne répond pas (délai dépassé).` };
  if (TLS_ERROR.test(failure.code ?? '') || TLS_ERROR.test(detail))
    return { kind: 'tls', message: `Échec de la connexion sécurisée (TLS) avec ${server} : ${detail}` };
  if (code === 'ECONNRESET' || code === 'NoConnection' || code === 'EConnectionClosed')
    return { kind: 'refused', message: `${server} a coupé la connexion.` };
  return { kind: 'other', message: `Erreur avec ${server} : ${detail}` };
}
