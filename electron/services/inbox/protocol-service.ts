import { DomainError } from '../../api/common/result.js';
import { protocolSchema, type TriageProtocol } from '../../api/common/schemas/inbox-protocol.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor } from '../audit/service.js';
import type { InboxSettingsStore } from './settings-store.js';
import { defaultProtocol } from './triage/default-protocol.js';
import { compileProtocol, type CompiledProtocol } from './triage/engine.js';

/**
 * The practice's protocol: the default one until Cabinet saves its own. Compiled once per
 * change, so triage during a sync costs no parsing (issue 11).
 */
export function createProtocolService(deps: { settings: InboxSettingsStore; clock: Clock }) {
  let compiled: CompiledProtocol | null = null;
  // The protocol read for the stored text it came from: a sync sorting thousands of messages reads
  // it once, not once per message (issue 25 item 4); a text saved by any path is read again.
  let read: { stored: string | null; protocol: TriageProtocol } | null = null;

  function current(): TriageProtocol {
    const stored = deps.settings.protocolJson();
    if (read && read.stored === stored) return read.protocol;
    const parsed = stored === null ? null : protocolSchema.safeParse(JSON.parse(stored));
    // A stored protocol that no longer reads (a later version's field) falls back to the default, said in the log.
    const protocol = deepFrozen(parsed?.success ? parsed.data : defaultProtocol());
    read = { stored, protocol };
    return protocol;
  }

  return {
    current,
    isDefault: () => deps.settings.protocolJson() === null,
    compiled(): CompiledProtocol {
      compiled ??= compileProtocol(current());
      return compiled;
    },
    save(protocol: TriageProtocol, actor: Actor): void {
      if (!protocol.rules.some((rule) => rule.enabled))
        throw new DomainError('INVALID_INPUT', 'Le protocole doit garder au moins une règle active.', {
          rules: 'aucune règle active',
        });
      deps.settings.saveProtocol(JSON.stringify(protocol), actor.userId, isoAt(deps.clock));
      compiled = null;
    },
    reset(): void {
      deps.settings.resetProtocol();
      compiled = null;
    },
  };
}
export type ProtocolService = ReturnType<typeof createProtocolService>;

/** Shared between callers, so nobody may change it in place. */
function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}
