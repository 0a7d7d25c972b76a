// Search identifiers: which keys of `detection` are searches, and which of them a condition's `1 of x*`,
// `all of x*` or `1 of them` selects. The validator and the matcher both ask here, so a rule the validator
// accepts names exactly the searches the matcher runs.
import { ANY, compileWildcard, type Part } from './wildcard';

/** Keys of `detection` that are not search identifiers: the condition, and Sigma 1.0's `timeframe`. */
const NOT_IDENTIFIERS: ReadonlySet<string> = new Set(['condition', 'timeframe']);

/** The pattern the condition parser gives for the keyword `them`. */
export const THEM = 'them';

export function isSearchIdentifier(key: string): boolean {
  return !NOT_IDENTIFIERS.has(key);
}

/** The search identifiers of a detection, in the order the rule defines them. */
export function searchIdentifiers(detection: object): string[] {
  return Object.keys(detection).filter(isSearchIdentifier);
}

/** An identifier pattern as a test: `*` is any run of characters, everything else is literal, case counts. */
export function identifierPattern(pattern: string): (name: string) => boolean {
  const parts: Part[] = [];
  pattern.split('*').forEach((piece, i) => {
    if (i > 0) parts.push(ANY);
    if (piece) parts.push(piece);
  });
  const test = compileWildcard(parts, true);
  return (name) => test(name, name);
}

/**
 * What each name or pattern of a condition selects among a detection's search identifiers. `them` is every
 * identifier except those starting with `_` (the Sigma specification keeps such helpers out of `them`); a written
 * pattern (`1 of _filter*`) selects `_` names like any other. Each distinct pattern is resolved once, so a condition
 * repeating `1 of selection_*` costs one scan of the names, not one per mention.
 */
export class IdentifierSelector {
  readonly names: readonly string[];
  private readonly defined: ReadonlySet<string>;
  private readonly resolved = new Map<string, readonly string[]>();

  constructor(names: readonly string[]) {
    this.names = names;
    this.defined = new Set(names);
  }

  has(name: string): boolean {
    return this.defined.has(name);
  }

  /** The identifiers `1 of <pattern>` / `all of <pattern>` takes, in definition order; `them` for the keyword. */
  select(pattern: string): readonly string[] {
    let chosen = this.resolved.get(pattern);
    if (chosen === undefined) {
      const test = pattern === THEM ? (name: string) => !name.startsWith('_') : identifierPattern(pattern);
      chosen = this.names.filter(test);
      this.resolved.set(pattern, chosen);
    }
    return chosen;
  }
}
