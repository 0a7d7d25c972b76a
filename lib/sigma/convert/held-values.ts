// A test as the SIEM holds the field's values: Sigma values it writes differently translated (FieldTarget.values),
// and a test it cannot answer because the field's words are kept apart (FieldTarget.words) reported as an error.
import type { LeafContext, QueryField } from './backends/types';
import type { Leaf } from './ir';

/** The leaf with an exact value the field writes differently replaced by the SIEM's value. */
function translated(leaf: Leaf, values: NonNullable<QueryField['values']>): Leaf {
  let written: string | undefined;
  if (leaf.type === 'string' && leaf.parts.length === 1 && typeof leaf.parts[0] === 'string') written = leaf.parts[0];
  else if (leaf.type === 'number' || leaf.type === 'boolean') written = String(leaf.value);
  const value = written === undefined ? undefined : values[written.toLowerCase()];
  if (value === undefined) return leaf;
  const cased = leaf.type === 'string' && leaf.cased;
  return { field: leaf.field, path: leaf.path, type: 'string', parts: [value], cased };
}

/** Text the test needs to find across a word boundary, if any. */
function spanningText(leaf: Leaf): string | undefined {
  if (leaf.type === 'string') return leaf.parts.find((p): p is string => typeof p === 'string' && /\s/.test(p));
  // A literal space, a tab or \s in the pattern.
  if (leaf.type === 'regex' && /\s|\\s/.test(leaf.source)) return leaf.source;
  return undefined;
}

/**
 * A regular expression for a `words` field, with each anchor (`^`, `$` outside a character class) turned into a
 * space. The field's words hold no whitespace and are joined with a space between and around them, so the start or
 * end of one word is exactly a space there. Rewriting rather than refusing keeps patterns like `(^|/)\.` of SigmaHQ
 * rules, and makes `^-e$` mean the word -e, as the exact value `-e` does; left as they are, the anchors would tie
 * the pattern to the joined text, which starts and ends with a space, and it would never match.
 */
function anchorsAsSpaces(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
      // A ] first in the class (after an optional ^) is a literal one.
      for (const lead of ['^', ']']) {
        if (source[i + 1] === lead) {
          out += lead;
          i++;
        }
      }
    } else out += ch === '^' || ch === '$' ? ' ' : ch;
  }
  return out;
}

export function asHeld(leaf: Leaf, field: QueryField | undefined, ctx: LeafContext): Leaf {
  if (!field) return leaf;
  const out = field.values ? translated(leaf, field.values) : leaf;
  if (!field.words) return out;
  const spanning = spanningText(out);
  if (spanning !== undefined) {
    const what = leaf.field === undefined ? 'keyword' : `field '${leaf.field}'`;
    ctx.gaps.error(
      'SPLIT_VALUE',
      leaf.path,
      `${what}: '${spanning}' has whitespace in it, but ${field.ref} keeps the value's words apart ` +
        'and in no set order, so no test can find text that spans two of them',
    );
    return out;
  }
  return out.type === 'regex' ? { ...out, source: anchorsAsSpaces(out.source) } : out;
}
