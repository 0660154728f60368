/**
 * The passphrase-strength estimator (zxcvbn-ts with its common and English word lists).
 * Its dictionaries are large, so they load on first use, in their own chunk: the app's
 * start-up bundle stays small, and only the screens that set a passphrase pay for them.
 */
import type { Strength } from './passphraseRules.ts';

export type StrengthCheck = (passphrase: string) => Strength;

let loading: Promise<StrengthCheck> | undefined;

/** The estimator, loaded once. Words about the app count as guessable. */
export function loadStrengthCheck(): Promise<StrengthCheck> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
    const appWords = ['local', 'review', 'localreview', 'serious', 'violence', 'exploitation'];
    return (passphrase) => {
      const result = zxcvbn.check(passphrase, appWords);
      return { score: result.score, warning: result.feedback.warning ?? undefined, suggestions: result.feedback.suggestions };
    };
  })();
  // A failed load (it should not happen offline: the chunk is local) may be retried.
  loading.catch(() => { loading = undefined; });
  return loading;
}
