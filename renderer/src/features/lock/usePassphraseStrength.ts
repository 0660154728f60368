/** The strength of the passphrase being typed, once the estimator has loaded (lazily). */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Strength } from './passphraseRules.ts';
import { loadStrengthCheck, type StrengthCheck } from './strength.ts';

export interface PassphraseStrength {
  /** Undefined while nothing is typed or the estimator is loading. */
  strength: Strength | undefined;
  /** The estimator, waiting for it if need be (a form checks with it on submit). */
  estimator: () => Promise<StrengthCheck>;
}

export function usePassphraseStrength(passphrase: string): PassphraseStrength {
  const [check, setCheck] = useState<StrengthCheck>();
  useEffect(() => {
    let isCurrent = true;
    loadStrengthCheck().then((loaded) => { if (isCurrent) setCheck(() => loaded); }, () => undefined);
    return () => { isCurrent = false; };
  }, []);
  const strength = useMemo(() => (check && passphrase ? check(passphrase) : undefined), [check, passphrase]);
  const estimator = useCallback(() => loadStrengthCheck(), []);
  return { strength, estimator };
}
