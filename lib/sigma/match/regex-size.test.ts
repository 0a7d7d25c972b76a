// The size estimate must never fall below what RE2 compiles: it is what lets an oversized pattern be refused
// before RE2 spends the time compiling it.
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { estimateProgramSize } from './regex-size';

const compiledSize = (source: string): number => RE2JS.compile(source).programSize();

/** Patterns of the shapes rules write, and the corners of the syntax the estimate reads. */
const WRITTEN = [
  '',
  'mimikatz',
  String.raw`\\(powershell|pwsh)\.exe$`,
  String.raw`(?i)\s-[eE][nN][cC]([oO][dD][eE])?\s+[A-Za-z0-9+/=]{20,}`,
  String.raw`https?://\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(:\d{2,5})?/`,
  '^[a-f0-9]{32}$|^[a-f0-9]{40}$|^[a-f0-9]{64}$',
  '.{1000,}',
  '(a{10}){100}',
  '((a{10}){10}){10}',
  '(?:ab|cd){3,7}?',
  'x{0}y{0,}z{5,}',
  '[]a]{500}',
  '[^]x]{500}',
  '[[:alpha:][:digit:]]{999}',
  String.raw`[\]\\]{800}`,
  String.raw`\Q.*{1000}\E{1000}`,
  String.raw`\x{1F600}{900}\x41{900}`,
  String.raw`\p{Greek}{999}\pL{999}`,
  String.raw`(?P<first>\w+)\s(?<second>\w+){2,900}`,
  '(?i)(?s:.){999}(?m)^$',
  '(?i)k{1000}',
  '😀{1000}',
  'a{,5}{3}',
  '(((((((((((((((((((((x)))))))))))))))))))))',
  Array.from(
    { length: 100 },
    (_, i) => `${String.fromCharCode(0x100 + i)}[^${String.fromCharCode(0x200 + i)}]{99}`,
  ).join('|'),
];

/** Random patterns in RE2's syntax, from a fixed seed, so every run checks the same thousand. */
function randomPatterns(count: number): string[] {
  let seed = 0x51ed270b;
  const random = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    return seed % n;
  };
  const atoms = [
    'a',
    'b',
    '.',
    String.raw`\d`,
    String.raw`\w`,
    '[a-c]',
    '[^x]',
    String.raw`\pL`,
    '^',
    '$',
    String.raw`\b`,
  ];
  const quantifiers = ['', '', '*', '+', '?', '{2}', '{1,3}', '{4,}', '{0,9}', '*?', '{2,5}?'];
  const build = (depth: number): string => {
    const parts: string[] = [];
    const length = 1 + random(4);
    for (let i = 0; i < length; i++) {
      const atom =
        depth < 3 && random(3) === 0
          ? `(${random(2) ? '?:' : ''}${build(depth + 1)}${random(2) ? `|${build(depth + 1)}` : ''})`
          : (atoms[random(atoms.length)] as string);
      const quantifier = quantifiers[random(quantifiers.length)] as string;
      parts.push(/^[\^$]|^\\b$/.test(atom) ? atom : atom + quantifier);
    }
    return parts.join('');
  };
  return Array.from({ length: count }, () => build(0));
}

describe('estimateProgramSize', () => {
  it('never counts fewer instructions than RE2 compiles, for written and random patterns', () => {
    const under = [...WRITTEN, ...randomPatterns(1000)].flatMap((source) => {
      let actual: number;
      try {
        actual = compiledSize(source);
      } catch {
        return []; // RE2 refuses some random nestings of repeats; only patterns it compiles have a size
      }
      const estimate = estimateProgramSize(source);
      return estimate >= actual ? [] : [{ source, estimate, actual }];
    });
    expect(under).toEqual([]);
  });

  it('stays within a small factor of RE2 where nothing is ambiguous, so real patterns are not refused', () => {
    for (const source of ['.{1000,}', String.raw`[A-Za-z0-9+/=]{20,}\s+x`, '(a{10}){100}', 'mimikatz']) {
      expect(estimateProgramSize(source), source).toBeLessThan(3 * compiledSize(source) + 10);
    }
  });

  it('sees a 1 KiB pattern that compiles to 100,000 instructions without compiling it', () => {
    const source = Array.from(
      { length: 100 },
      (_, i) => `${String.fromCharCode(0x100 + i)}[^${String.fromCharCode(0x200 + i)}]{999}`,
    ).join('|');
    expect(source.length).toBeLessThan(1100);
    expect(estimateProgramSize(source)).toBeGreaterThan(100_000);
  });
});
