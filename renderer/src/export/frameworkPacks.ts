/**
 * The national framework packs the templates ship, imported as JSON (not through the
 * app's template loader, which needs Vite) so the builders also run under plain Node,
 * and checked with the loader's rules once, when first needed.
 */
import contextual from '../../../templates/frameworks/contextual-safeguarding.json' with { type: 'json' };
import egve from '../../../templates/frameworks/egve-2016.json' with { type: 'json' };
import egyv from '../../../templates/frameworks/egyv-peer-review.json' with { type: 'json' };
import london from '../../../templates/frameworks/london-violence-vulnerability-plan.json' with { type: 'json' };
import duty from '../../../templates/frameworks/serious-violence-duty-2023.json' with { type: 'json' };
import strategy from '../../../templates/frameworks/serious-violence-strategy-2018.json' with { type: 'json' };
import vvu from '../../../templates/frameworks/vvu-strategic-framework.json' with { type: 'json' };
import { validateFrameworkPack, type FrameworkPack } from '../domain/template.ts';

let packs: readonly FrameworkPack[] | undefined;

/** The shipped packs, VVU framework and the Duty first (the ones a county framework follows). */
export function shippedFrameworkPacks(): readonly FrameworkPack[] {
  packs ??= [vvu, duty, strategy, egve, egyv, london, contextual].map((json) => {
    const checked = validateFrameworkPack(json);
    if (!checked.ok) throw new Error(`A framework pack is not valid: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return checked.value;
  });
  return packs;
}
