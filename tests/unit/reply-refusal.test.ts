import { describe, expect, it } from 'vitest';
import { replyRefusal } from '../../electron/services/inbox/reply-refusal.js';

// Said when the message opens and again by inbox.reply (issue 22 item 12): one rule for both.
describe('replyRefusal', () => {
  it('lets a message that came by an account, from an address, be answered', () => {
    expect(replyRefusal({ account_id: 1, from_address: 'lea@example.fr' })).toBeNull();
  });
  it('refuses a message that came by no account', () => {
    expect(replyRefusal({ account_id: null, from_address: 'lea@example.fr' })).toMatch(/aucun compte/);
  });
  it('refuses a sender without an address', () => {
    expect(replyRefusal({ account_id: 1, from_address: '' })).toMatch(/pas d’adresse/);
  });
});
