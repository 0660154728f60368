/**
 * Nothing of the app renders until the vault is unlocked. First start: set a passphrase,
 * then keep the recovery key. Later: the unlock screen. Locking unmounts the whole app
 * tree (its React state goes with it) and the hash route stays as it was, so unlocking
 * returns to the same screen.
 */
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { isUnlocked, subscribe, vaultStatus } from '../../security/vault.ts';
import { releaseSearchSessions } from '../search/searchSession.ts';
import { LockFrame } from './LockFrame.tsx';
import { useIsLocking } from './lockNow.ts';
import { RecoveryKeyScreen } from './RecoveryKeyScreen.tsx';
import { SetPassphraseScreen } from './SetPassphraseScreen.tsx';
import { UnlockScreen } from './UnlockScreen.tsx';
import { useLockTriggers } from './useLockTriggers.ts';
import './lock.scss';

type Start = 'loading' | 'first-run' | 'returning';

function Unlocked({ children }: { children: ReactNode }) {
  useLockTriggers();
  return children;
}

export function LockGate({ children }: { children: ReactNode }) {
  const isOpen = useSyncExternalStore(subscribe, isUnlocked);
  const isLocking = useIsLocking();
  const [start, setStart] = useState<Start>('loading');
  const [failure, setFailure] = useState<string>();
  // Set between creating the vault and the reviewer confirming they kept the key: the
  // vault is already open then, but the app must wait.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  useEffect(() => {
    vaultStatus().then(
      (status) => setStart(status === 'new' ? 'first-run' : 'returning'),
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  // However the lock came (button, shortcut, idle, host, or the vault itself), the index goes.
  useEffect(() => {
    if (!isOpen) releaseSearchSessions();
  }, [isOpen]);

  if (failure) {
    return <p className="govuk-body" role="alert">Local Review could not open its storage: {failure}</p>;
  }
  if (recoveryKey !== null) {
    return <RecoveryKeyScreen recoveryKey={recoveryKey} onDone={() => { setRecoveryKey(null); setStart('returning'); }} />;
  }
  if (start === 'first-run') return <SetPassphraseScreen onCreated={setRecoveryKey} />;
  if (isLocking) return <LockFrame title="Locking"><p className="govuk-body" role="status">Locking…</p></LockFrame>;
  if (isOpen) return <Unlocked>{children}</Unlocked>;
  if (start === 'loading') return null;
  return <UnlockScreen />;
}
