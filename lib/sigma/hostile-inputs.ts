// Rules built to make reading and validating slow: each as large as the size cap allows, and each at (or past) one
// of the limits that keep the parser and the matcher fast. Shared by their test (which checks what validation
// answers) and bench/sigma-hostile.ts (which times it: every one must be answered in under a second).
import { DEFAULT_MAX_BYTES } from './read/bytes';
import { MAX_NESTING, MAX_YAML_TOKENS } from './read/yaml/guard';

export interface HostileInput {
  name: string;
  text: string;
}

const HEAD = 'title: Hostile\nlogsource:\n    product: windows\ndetection:\n    condition: sel\n    sel:\n';

/** Repeats `unit` after `head` for as long as the text stays within `bytes` (all our units are ASCII). */
function fill(head: string, unit: (i: number) => string, tail: string, bytes: number, count = Infinity): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; i < count; i++) {
    const next = unit(i);
    if (size + next.length > bytes) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** A run of `n` characters that stays one plain scalar. */
const pad = (n: number): string => 'x'.repeat(Math.max(n, 1));

export function hostileInputs(bytes: number = DEFAULT_MAX_BYTES): HostileInput[] {
  const depth = MAX_NESTING - 6;
  // As many units as the token limit lets through, each as wide as it takes to fill the file: the parser is given
  // everything it may be given.
  const units = (tokensEach: number): number => Math.floor((MAX_YAML_TOKENS - 100) / tokensEach);
  const width = (tokensEach: number): number => Math.floor((bytes - 2048) / units(tokensEach));
  const nested = (i: number, width: number): string =>
    `${'['.repeat(depth)}${pad(width - 2 * depth)}${i}${']'.repeat(depth)}`;
  return [
    {
      name: 'nested flow sequences filling the file',
      text: fill(`${HEAD}        Image:\n`, () => `            - ${nested(0, 2 * depth + 1)}\n`, '', bytes),
    },
    {
      name: 'nested flow sequences just under the limits',
      text: fill(
        `${HEAD}        Image:\n`,
        (i) => `            - ${nested(i, width(2 * depth + 2) - 20)}\n`,
        '',
        bytes,
        units(2 * depth + 2),
      ),
    },
    {
      name: "'a, [b, [c' nesting",
      text: fill(
        `${HEAD}        Image: [`,
        (i) => `${Array.from({ length: depth }, (_, k) => `v${i}_${k}, [`).join('')}z${']'.repeat(depth)}, `,
        'end]\n',
        bytes,
      ),
    },
    {
      name: 'wide flow map',
      text: fill(`${HEAD}        Image: {`, (i) => `k${i}: ${pad(width(1) - 12)}, `, 'end: 1}\n', bytes, units(1)),
    },
    {
      name: 'long flow scalars',
      text: `${HEAD}        Image: [${pad(bytes / 2 - 200)}, ${pad(bytes / 2 - 200)}]\n`,
    },
    {
      name: 'long quoted scalar with escapes',
      text: `${HEAD}        Image: '${"it''s ".repeat(Math.floor((bytes - 200) / 7))}'\n`,
    },
    {
      name: 'a value of wildcards',
      text: `${HEAD}        Image: '${'a*'.repeat(Math.floor((bytes - 200) / 2))}'\n`,
    },
    {
      name: 'many anchors and aliases',
      text: fill(
        `${HEAD}        Image: &a0 x\n`,
        (i) => `        F${i}: ${i % 2 ? `*a${i - 1}` : `&a${i} ${pad(2 * (bytes / 1000) - 40)}`}\n`,
        '',
        bytes,
        998,
      ),
    },
    {
      name: 'aliases expanding past the budget',
      text: `${HEAD}        Image: &l0 [${Array(9).fill('x').join(', ')}]\n${Array.from({ length: 12 }, (_, i) => `        L${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]\n`).join('')}`,
    },
    {
      name: 'deep block nesting',
      text: fill(`${HEAD}        Image:\n`, (i) => `${' '.repeat(12 + i)}k${i}:\n`, '', bytes),
    },
    {
      name: 'deep block sequences',
      text: fill(`${HEAD}        Image:\n`, (i) => `${' '.repeat(12 + 2 * i)}-\n`, '', bytes),
    },
    {
      name: "block sequences chained on each line ('- - - x')",
      text: fill(
        `${HEAD}        Image:\n`,
        (i) => `            ${'- '.repeat(depth)}${pad(width(depth) - 2 * depth - 20)}${i}\n`,
        '',
        bytes,
        units(depth),
      ),
    },
    {
      name: 'node properties on one line',
      text: `${HEAD}        Image: ${'!t &a '.repeat(Math.floor((bytes - 200) / 6))}x\n`,
    },
    {
      name: 'many documents',
      text: fill(
        '',
        (i) => `${HEAD.replace('Hostile', `Hostile ${i}`)}        Image: ${pad(bytes / 100 - 200)}\n---\n`,
        '',
        bytes,
        100,
      ).replace(/---\n$/, ''),
    },
    {
      name: 'many keys',
      text: fill(`${HEAD}        Image: x\n`, (i) => `k${i}: ${pad(width(1) - 12)}\n`, '', bytes, units(1)),
    },
    {
      name: 'many search identifiers',
      text: fill(
        'title: Hostile\nlogsource: {product: windows}\ndetection:\n    condition: 1 of s*\n',
        (i) => `    s${i}: {Image: ${pad(width(3) - 30)}}\n`,
        '',
        bytes,
        units(3),
      ),
    },
    {
      name: 'many duplicate keys',
      text: fill(`${HEAD}        Image: x\n`, () => `        Image: ${pad(width(1) - 20)}\n`, '', bytes, units(1)),
    },
    {
      name: 'long condition',
      text: fill(
        'title: Hostile\nlogsource: {product: windows}\ndetection:\n    sel: {Image: x}\n    condition: sel',
        (i) => ` or ${i % 2 ? 'not ' : ''}(sel and 1 of sel*)`,
        '\n',
        bytes,
      ),
    },
    {
      name: 'many regular expressions',
      text: fill(
        `${HEAD}        Image|re:\n`,
        (i) => `            - '(?i)\\\\(a|b|c)[^x]{1,40}\\s+[0-9a-f]{8}${i}(?:foo|bar){2,3}'\n`,
        '',
        bytes,
        400,
      ),
    },
    {
      name: 'one regular expression at the size limit',
      text: `${HEAD}        Image|re: '${Array.from({ length: 9 }, (_, i) => `w${i}[^x]{999}`).join('|')}'\n`,
    },
    {
      name: 'comments',
      text: fill(`${HEAD}        Image: x\n`, () => `# ${pad(width(1) - 4)}\n`, '', bytes, units(1)),
    },
  ];
}
