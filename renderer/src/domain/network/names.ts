/**
 * Labels that look like a person's name. A network is pseudonymised by construction:
 * people carry labels such as "YP07", never names. A person's label is name-like when it
 * has two capitalised words ("Jordan Smith"), an honorific ("Mr K") or a name from the
 * review's register. Incident and institution labels are checked for honorifics and
 * register names only: "Riverside Academy" is an institution, not a person.
 */
import { detectPersonalData, namePattern } from '../privacy/patterns.ts';

export type NameLikeReason = 'two-capitalised-words' | 'honorific' | 'registered-name';

export const NAME_LIKE_REASONS: Record<NameLikeReason, string> = {
  'two-capitalised-words': 'two capitalised words, like a first name and surname',
  honorific: 'a title such as Mr, Mrs, Ms or Dr',
  'registered-name': 'a name in this review’s register of names',
};

const TWO_CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?[\s-]+(?:(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;
const HONORIFIC = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master|Sir|Dame|Lord|Lady)\.?(?:\s|$)/u;

/** A compiled check over one review's register of names. */
export interface NameCheck {
  (label: string, isPerson: boolean): NameLikeReason | null;
}

/** Builds the check for a register (compiled once, used for every label). */
export function nameCheck(names: readonly string[] = []): NameCheck {
  const register = namePattern(names);
  return (label, isPerson) => {
    if (register && detectPersonalData(label, register).some((m) => m.kind === 'person-name' && isRegistered(m.text, register))) return 'registered-name';
    if (HONORIFIC.test(label)) return 'honorific';
    if (isPerson && TWO_CAPITALISED.test(label)) return 'two-capitalised-words';
    return null;
  };
}

function isRegistered(text: string, register: RegExp): boolean {
  register.lastIndex = 0;
  const found = register.test(text);
  register.lastIndex = 0;
  return found;
}
