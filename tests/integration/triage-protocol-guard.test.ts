import { afterEach, describe, expect, it } from 'vitest';
import type { TriageProtocol } from '../../electron/api/common/schemas/inbox-protocol.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

/**
 * Cabinet › Protocole de tri, through the API as the page calls it (issue 23): the tester sorts a
 * pasted or stored message with the protocol being edited; the guard re-sorts the corrected
 * messages and the built-in examples, names what a change would move, and refuses to save one
 * that lowers a message or switches an emergency rule off until it is confirmed.
 */
let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

async function signedIn() {
  const opened = await openTempCore();
  dispose = opened.dispose;
  const admin = caller(opened.core);
  expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
  const read = await admin.call('inbox.protocol', {});
  if (!read.ok) throw new Error(read.error.message);
  return { core: opened.core, admin, protocol: (read.value as { protocol: TriageProtocol }).protocol };
}
const without = (protocol: TriageProtocol, ruleId: string): TriageProtocol => ({
  ...protocol,
  rules: protocol.rules.map((rule) => (rule.id === ruleId ? { ...rule, enabled: false } : rule)),
});
const WHITE = {
  subject: 'RDV de jeudi',
  body: 'Bonjour, depuis ce matin le bout de mon index est blanc comme un linge et froid.',
};

describe('the tester', () => {
  it('sorts a pasted message with the protocol being edited, with its reasons', async () => {
    const { admin, protocol } = await signedIn();
    const now = await admin.call('inbox.testProtocol', { protocol, message: WHITE });
    if (!now.ok) throw new Error(now.error.message);
    const value = now.value as { category: string; reasons: { ruleId: string; evidence: string[] }[] };
    expect(value.category).toBe('urgence-immediate');
    expect(value.reasons[0]?.ruleId).toBe('ischemie');
    expect(value.reasons[0]?.evidence.join(' ')).toMatch(/index.*blanc/);
    // The same message with the rule switched off in the draft: the safety floor still holds it up.
    const edited = await admin.call('inbox.testProtocol', { protocol: without(protocol, 'ischemie'), message: WHITE });
    if (!edited.ok) throw new Error(edited.error.message);
    expect(edited.value).toMatchObject({ category: 'urgence-jour', toVerify: true });
    expect((edited.value as { reasons: { label: string }[] }).reasons[0]?.label).toMatch(/Règle d’urgence désactivée/);
  });

  it('sorts a stored message by its number, and says what is missing', async () => {
    const { core, admin, protocol } = await signedIn();
    const raw = Buffer.from(
      'From: Paul <paul@example.fr>\r\nTo: secretariat@sosmain-exemple.fr\r\nSubject: morsure\r\nMessage-ID: <m1@example.fr>\r\n\r\nLe chien m’a mordu la main ce matin.\r\n',
    );
    const { id } = await core.services.inbox.takeRaw(raw, 'test');
    const stored = await admin.call('inbox.testProtocol', { protocol, messageId: id });
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value).toMatchObject({ category: 'urgence-immediate', subject: 'morsure' });
    const nothing = await admin.call('inbox.testProtocol', { protocol });
    expect(nothing.ok).toBe(false);
    if (!nothing.ok) expect(nothing.error.fields?.message).toMatch(/collez un message/);
  });
});

describe('the guard', () => {
  it('lists what switching an emergency rule off would lower, and refuses to save it unconfirmed', async () => {
    const { admin, protocol } = await signedIn();
    const draft = without(protocol, 'ischemie');
    const preview = await admin.call('inbox.previewProtocol', { protocol: draft });
    if (!preview.ok) throw new Error(preview.error.message);
    const value = preview.value as {
      moved: { lowered: boolean; before: string }[];
      confirmations: string[];
      checked: { examples: number };
    };
    expect(value.checked.examples).toBeGreaterThan(200);
    expect(value.moved.filter((item) => item.lowered).length).toBeGreaterThan(0);
    expect(value.moved[0]?.lowered).toBe(true);
    expect(value.confirmations.join(' ')).toMatch(/désactivée/);
    const refused = await admin.call('inbox.saveProtocol', { protocol: draft });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields?.confirmed).toMatch(/Doigt ou main blanc/);
    const still = await admin.call('inbox.protocol', {});
    if (!still.ok) throw new Error(still.error.message);
    expect((still.value as { isDefault: boolean }).isDefault).toBe(true);
    const confirmed = await admin.call('inbox.saveProtocol', { protocol: draft, confirmed: true });
    expect(confirmed.ok).toBe(true);
    const saved = await admin.call('inbox.protocol', {});
    if (!saved.ok) throw new Error(saved.error.message);
    expect(
      (saved.value as { protocol: TriageProtocol }).protocol.rules.find((rule) => rule.id === 'ischemie')?.enabled,
    ).toBe(false);
    expect((await admin.call('inbox.resetProtocol', {})).ok).toBe(true);
    const reset = await admin.call('inbox.protocol', {});
    if (!reset.ok) throw new Error(reset.error.message);
    expect((reset.value as { isDefault: boolean }).isDefault).toBe(true);
  });

  it('lets a change that moves nothing down be saved at once, and shows the corrected messages it moves', async () => {
    const { core, admin, protocol } = await signedIn();
    const raw = Buffer.from(
      'From: Marie <marie@example.fr>\r\nTo: secretariat@sosmain-exemple.fr\r\nSubject: arrêt\r\nMessage-ID: <m2@example.fr>\r\n\r\nPouvez-vous prolonger mon arrêt de travail ?\r\n',
    );
    const { id } = await core.services.inbox.takeRaw(raw, 'test');
    expect((await admin.call('inbox.setCategory', { id, category: 'semi-urgent' })).ok).toBe(true);
    // Papers sorted one level up, as the secretary did: the corrected message moves, nothing is lowered.
    const draft: TriageProtocol = {
      ...protocol,
      rules: protocol.rules.map((rule) => (rule.id === 'papiers' ? { ...rule, category: 'semi-urgent' } : rule)),
    };
    const preview = await admin.call('inbox.previewProtocol', { protocol: draft });
    if (!preview.ok) throw new Error(preview.error.message);
    const value = preview.value as {
      moved: { source: string; ref: string; after: string; lowered: boolean }[];
      confirmations: string[];
    };
    expect(value.moved.find((item) => item.source === 'corrige')).toMatchObject({
      ref: String(id),
      after: 'semi-urgent',
      lowered: false,
    });
    expect(value.confirmations).toEqual([]);
    expect((await admin.call('inbox.saveProtocol', { protocol: draft })).ok).toBe(true);
  });

  it('refuses an emergency without a handling time, a negative time and an unknown concept, naming the field', async () => {
    const { admin, protocol } = await signedIn();
    const noDeadline = await admin.call('inbox.saveProtocol', {
      protocol: { ...protocol, deadlines: { ...protocol.deadlines, 'urgence-immediate': null } },
    });
    expect(noDeadline.ok).toBe(false);
    if (!noDeadline.ok)
      expect(Object.keys(noDeadline.error.fields ?? {}).join(' ')).toMatch(/deadlines\.urgence-immediate/);
    const negative = await admin.call('inbox.saveProtocol', {
      protocol: { ...protocol, deadlines: { ...protocol.deadlines, 'urgence-jour': -5 } },
    });
    expect(negative.ok).toBe(false);
    if (!negative.ok) expect(Object.keys(negative.error.fields ?? {}).join(' ')).toMatch(/deadlines\.urgence-jour/);
    const unknown = await admin.call('inbox.saveProtocol', {
      protocol: {
        ...protocol,
        rules: protocol.rules.map((rule, index) => (index === 0 ? { ...rule, groups: [['@inconnu']] } : rule)),
      },
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(JSON.stringify(unknown.error.fields)).toMatch(/concept inconnu : @inconnu/);
  });
});
