import type { MessageRow } from './store.js';

/**
 * Why a message cannot be answered from Paume, or null when it can (issue 22 item 12): said when
 * the message opens, before anyone types a reply in full, and again by `inbox.reply` itself.
 */
export function replyRefusal(row: Pick<MessageRow, 'account_id' | 'from_address' | 'channel'>): string | null {
  // A call of the cahier d'appels (issue 26) is answered by calling back, not by e-mail.
  if (row.channel === 'telephone')
    return row.from_address
      ? `Appel téléphonique : rappeler le ${row.from_address}, puis passer la demande à « Traité ».`
      : 'Appel téléphonique sans numéro : à traiter sans rappel.';
  if (row.account_id === null) return 'Ce message n’est arrivé par aucun compte : impossible d’y répondre d’ici.';
  if (!row.from_address) return 'L’expéditeur n’a pas d’adresse : impossible de lui répondre.';
  return null;
}
