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

export function asHeld(leaf: Leaf, field: QueryField | undefined, ctx: LeafContext): Leaf {
  if (!field) return leaf;
  const out = field.values ? translated(leaf, field.values) : leaf;
  const spanning = field.words ? spanningText(out) : undefined;
  if (spanning !== undefined) {
    ctx.gaps.error(
      'SPLIT_VALUE',
      leaf.path,
      `field '${leaf.field}': '${spanning}' has whitespace in it, but ${field.ref} keeps the value's words apart ` +
        'and in no set order, so no test can find text that spans two of them',
    );
  }
  return out;
}
