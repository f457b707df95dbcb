import type { MessageRow } from './store.js';

/**
 * Why a message cannot be answered from Paume, or null when it can (issue 22 item 12): said when
 * the message opens, before anyone types a reply in full, and again by `inbox.reply` itself.
 */
export function replyRefusal(row: Pick<MessageRow, 'account_id' | 'from_address'>): string | null {
  if (row.account_id === null) return 'Ce message n’est arrivé par aucun compte : impossible d’y répondre d’ici.';
  if (!row.from_address) return 'L’expéditeur n’a pas d’adresse : impossible de lui répondre.';
  return null;
}
