import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../electron/api/common/schemas/users';

export interface SessionContextValue {
  readonly session: SessionInfo;
  readonly lock: () => void;
  readonly logout: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside of the session gate');
  return value;
}
