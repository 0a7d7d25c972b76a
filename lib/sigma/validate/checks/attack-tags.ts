import type { PathSegment } from '../../../text/yaml-path';
import { closest } from './suggest';
import type { AttackTagCatalog, CheckContext, Issue } from './types';

export const ATTACK_TAG_ISSUES: Readonly<Record<string, Issue>> = {
  TAG_UNKNOWN_TECHNIQUE: {
    severity: 'error',
    description: 'an attack.tNNNN tag names no technique of our ATT&CK catalog',
  },
  TAG_REVOKED_TECHNIQUE: { severity: 'warning', description: 'an attack.tNNNN tag names a revoked technique' },
  TAG_DEPRECATED_TECHNIQUE: { severity: 'warning', description: 'an attack.tNNNN tag names a deprecated technique' },
  TAG_UNKNOWN_TACTIC: {
    severity: 'error',
    description: 'an attack.<name> tag is no tactic shortname of our ATT&CK catalog',
  },
  TAG_TACTIC_UNDERSCORE: {
    severity: 'warning',
    description: "an old underscore tactic tag ('attack.command_and_control')",
  },
  TAG_TACTIC_SPLIT: {
    severity: 'warning',
    description: "a tactic ATT&CK has split ('attack.defense-evasion' became stealth and defense-impairment)",
  },
};

/** Tactics ATT&CK retired by splitting them; suggested only when the catalog really has the successors. */
const SPLIT_TACTICS: Readonly<Record<string, readonly string[]>> = {
  'defense-evasion': ['stealth', 'defense-impairment'],
};

const TECHNIQUE = /^t\d{4}(\.\d{3})?$/;
const TACTIC_ID = /^ta\d{4}$/;
/** Groups, software, mitigations, data sources, assets, campaigns: IDs our catalog does not hold. */
const OTHER_ATTACK_ID = /^(g|s|m|ds|a|c)\d{4}$/;

export function checkAttackTag(
  ctx: CheckContext,
  catalog: AttackTagCatalog,
  tag: string,
  path: readonly PathSegment[],
): void {
  const name = tag.slice('attack.'.length);
  const version = `ATT&CK v${catalog.version}`;
  if (OTHER_ATTACK_ID.test(name)) return;

  if (TECHNIQUE.test(name)) {
    const id = name.toUpperCase();
    const technique = catalog.byId.get(id);
    if (!technique) {
      const parent = id.includes('.') ? catalog.byId.get(id.split('.')[0] as string) : undefined;
      const hint = parent ? ` (its parent ${parent.id} ${parent.name} exists)` : '';
      ctx.report('TAG_UNKNOWN_TECHNIQUE', path, `'${tag}': ${id} is not a technique in ${version}${hint}`);
    } else if (technique.revoked || technique.deprecated) {
      const status = technique.revoked ? 'revoked' : 'deprecated';
      const code = technique.revoked ? 'TAG_REVOKED_TECHNIQUE' : 'TAG_DEPRECATED_TECHNIQUE';
      ctx.report(
        code,
        path,
        `'${tag}': ${id} (${technique.name}) is ${status} in ${version}; tag the technique that replaced it`,
      );
    }
    return;
  }

  const tactics = [...catalog.tacticByShortname.values()];
  if (TACTIC_ID.test(name)) {
    if (!tactics.some((t) => t.id === name.toUpperCase())) {
      ctx.report('TAG_UNKNOWN_TACTIC', path, `'${tag}': ${name.toUpperCase()} is not a tactic in ${version}`);
    }
    return;
  }
  if (catalog.tacticByShortname.has(name)) return;

  const hyphenated = name.replace(/_/g, '-');
  const underscored = hyphenated !== name;
  // The name comes from the rule: `attack.constructor` must not find Object.prototype.constructor in the map.
  const split = Object.hasOwn(SPLIT_TACTICS, hyphenated) ? (SPLIT_TACTICS[hyphenated] ?? []) : [];
  const successors = split.filter((s) => catalog.tacticByShortname.has(s));
  if (!catalog.tacticByShortname.has(hyphenated) && successors.length > 0) {
    const options = successors.map((s) => `'attack.${s}'`).join(' or ');
    ctx.report(
      'TAG_TACTIC_SPLIT',
      path,
      `'${tag}': tactic '${hyphenated}' no longer exists in ${version}, it was split: use ${options}, whichever fits the behaviour`,
    );
    return;
  }
  if (underscored && catalog.tacticByShortname.has(hyphenated)) {
    ctx.report(
      'TAG_TACTIC_UNDERSCORE',
      path,
      `'${tag}' uses the old underscore form: write 'attack.${hyphenated}' (the tactic's shortname in ${version})`,
    );
    return;
  }
  const guess = closest(hyphenated, catalog.tacticByShortname.keys(), 3);
  const hint = guess ? ` (did you mean 'attack.${guess}'?)` : '';
  ctx.report(
    'TAG_UNKNOWN_TACTIC',
    path,
    `'${tag}' is neither a tactic shortname nor a technique, group or software ID in ${version}${hint}`,
  );
}
