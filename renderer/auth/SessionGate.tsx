import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../electron/api/common/schemas/users';
import { ApiCallError, call, onSessionTrouble } from '../api/client';
import { ErrorAlert } from '../ui/errors';
import { forgetStoredDrafts } from '../ui/use-stored-draft';
import { LockScreen } from './LockScreen';
import { LoginPage } from './LoginPage';
import { PairingPage } from './PairingPage';
import { RecoveryKeyGate } from './RecoveryKeyGate';
import { SessionContext } from './session-context';
import { SetupPage } from './SetupPage';
import { useIdleCallback } from './use-idle-callback';
import { flushServerDrafts } from '../ui/server-drafts';
import { preloadWorkspaces } from '../shell/lazy-pages';

type Phase =
  | { name: 'loading' }
  | { name: 'unreachable'; error: unknown }
  | { name: 'setup' }
  | { name: 'pairing' }
  | { name: 'login'; practiceName: string | null }
  | { name: 'ready'; session: SessionInfo };

/** Decides what the person sees: first-start setup, login, the app, or the app under a lock. */
export function SessionGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [locked, setLocked] = useState(false);
  // While the person types their password, the workspaces' code arrives (issue 25).
  useEffect(() => {
    if (phase.name === 'login') preloadWorkspaces();
  }, [phase.name]);

  const enter = useCallback((session: SessionInfo) => {
    setLocked(session.locked);
    setPhase({ name: 'ready', session });
  }, []);

  /** A new person starts from their own start page, never on the previous person's patient (issue 10). */
  const enterFresh = useCallback(
    (session: SessionInfo) => {
      queryClient.clear();
      window.location.hash = '#/';
      enter(session);
    },
    [enter, queryClient],
  );

  const toLogin = useCallback(async () => {
    queryClient.clear();
    // Nothing of the previous session's screens stays: the address goes back to the start, and
    // the drafts typed in this page are not left for the next person (logout asked first).
    window.location.hash = '#/';
    forgetStoredDrafts();
    setLocked(false);
    const status = await call('setup.status', {}).catch(() => ({ practiceName: null }));
    setPhase({ name: 'login', practiceName: status.practiceName });
  }, [queryClient]);

  // Raw calls here: the gate decides what exists (setup, login, session) before the pages and their
  // cache; lock and logout are actions.
  useEffect(() => {
    // An object, not a boolean: the cleanup below changes it while the call is in flight.
    const effect = { cancelled: false };
    (async () => {
      // Both asked at once (issue 25): the session is read while the setup state travels.
      const session = call('auth.me', {});
      session.catch(() => undefined);
      const status = await call('setup.status', {});
      if (effect.cancelled) return;
      if (status.needsSetup) {
        setPhase({ name: 'setup' });
        return;
      }
      try {
        enter(await session);
      } catch (error) {
        if (error instanceof ApiCallError && error.error.code === 'UNAUTHENTICATED')
          setPhase({ name: 'login', practiceName: status.practiceName });
        else throw error;
      }
    })().catch((error: unknown) => {
      // Over the practice network, a seat not yet paired pairs first (issue 14).
      if (error instanceof ApiCallError && error.error.code === 'SEAT_NOT_PAIRED') setPhase({ name: 'pairing' });
      else setPhase({ name: 'unreachable', error });
    });
    return () => {
      effect.cancelled = true;
    };
  }, [enter]);

  useEffect(
    () =>
      onSessionTrouble((trouble) => {
        if (trouble === 'locked') setLocked(true);
        else void toLogin();
      }),
    [toLogin],
  );

  const lock = useCallback(() => {
    setLocked(true);
    void call('auth.lock', {}).catch(() => undefined);
  }, []);
  const logout = useCallback(() => {
    // The drafts typed in the last instant reach the server before the session closes.
    void flushServerDrafts()
      .then(() => call('auth.logout', {}))
      .catch(() => undefined)
      .then(toLogin);
  }, [toLogin]);

  const lockAfterMs = phase.name === 'ready' ? phase.session.lockAfterMinutes * 60_000 : 10 * 60_000;
  useIdleCallback(lockAfterMs, lock, phase.name === 'ready' && !locked);

  const context = useMemo(
    () => (phase.name === 'ready' ? { session: phase.session, lock, logout } : null),
    [phase, lock, logout],
  );

  switch (phase.name) {
    case 'loading':
      return (
        <Center h="100vh">
          <Loader />
        </Center>
      );
    case 'unreachable':
      return (
        <Center h="100vh">
          <ErrorAlert error={phase.error} />
        </Center>
      );
    case 'setup':
      return (
        <SetupPage
          onDone={(session) => {
            enterFresh(session);
            // The first start ends on what the practice still needs (issue 22 item 13).
            window.location.hash = '#/cabinet';
          }}
        />
      );
    case 'pairing':
      return <PairingPage onPaired={() => window.location.reload()} />;
    case 'login':
      return <LoginPage practiceName={phase.practiceName} onDone={enterFresh} />;
    case 'ready':
      return (
        <SessionContext.Provider value={context}>
          {/* Under the lock the page stays mounted (nothing typed is lost) but is hidden and inert:
              not shown, not read by a screen reader, not reachable by the keyboard. */}
          <div inert={locked} aria-hidden={locked} style={locked ? { visibility: 'hidden' } : undefined}>
            <RecoveryKeyGate session={phase.session}>{children}</RecoveryKeyGate>
          </div>
          {locked && (
            <LockScreen
              session={phase.session}
              onUnlocked={(session) => {
                setLocked(false);
                setPhase({ name: 'ready', session });
              }}
              onSwitchUser={logout}
            />
          )}
        </SessionContext.Provider>
      );
  }
}
