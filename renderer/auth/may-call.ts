import { contract, type MethodName } from '../../electron/api/common/contract';
import type { Role } from '../../electron/api/common/schemas/common';

/**
 * Whether a person with these roles may call a method, read from the same contract the server
 * enforces: what a role may not do is not offered (issue 22), rather than offered and refused.
 */
export function mayCall(roles: readonly Role[], method: MethodName): boolean {
  const access = contract[method].access;
  if (access === 'public' || access === 'session') return true;
  return roles.some((role) => access.includes(role));
}
