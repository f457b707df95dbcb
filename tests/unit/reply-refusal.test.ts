import { describe, expect, it } from 'vitest';
import { replyRefusal } from '../../electron/services/inbox/reply-refusal.js';

// Said when the message opens and again by inbox.reply (issue 22 item 12): one rule for both.
describe('replyRefusal', () => {
  it('lets a message that came by an account, from an address, be answered', () => {
    expect(replyRefusal({ account_id: 1, from_address: 'lea@example.fr', channel: 'mail' })).toBeNull();
  });
  it('refuses a message that came by no account', () => {
    expect(replyRefusal({ account_id: null, from_address: 'lea@example.fr', channel: 'mail' })).toMatch(/aucun compte/);
  });
  it('refuses a sender without an address', () => {
    expect(replyRefusal({ account_id: 1, from_address: '', channel: 'mail' })).toMatch(/pas d’adresse/);
  });
  it('sends a telephone call back to the telephone (issue 26)', () => {
    expect(replyRefusal({ account_id: null, from_address: '06 12 34 56 78', channel: 'telephone' })).toMatch(
      /rappeler le 06 12 34 56 78/,
    );
  });
});
