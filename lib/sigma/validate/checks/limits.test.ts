import { describe, expect, it } from 'vitest';
import { parseSigma } from '../../read/parse';
import { brief } from '../../test-support';
import { validateSigma } from '../validate';

const HEAD = 'title: t\nlogsource: {product: x}\ndetection:\n';
const identifiers = (n: number): string => Array.from({ length: n }, (_, i) => `    s${i}: {a: 1}\n`).join('');

/** Milliseconds validation spends beyond parsing the YAML. */
function checkingTime(text: string): { ms: number; findings: string[] } {
  let started = performance.now();
  parseSigma(text);
  const parsing = performance.now() - started;
  started = performance.now();
  const result = validateSigma(text);
  const total = performance.now() - started;
  expect(total).toBeLessThan(15_000);
  return { ms: total - parsing, findings: brief(result.findings) };
}

describe('limits check', () => {
  it('refuses more than 1,000 search identifiers, and leaves their condition unchecked', () => {
    expect(brief(validateSigma(`${HEAD}${identifiers(1001)}    condition: nope\n`).findings)).toEqual([
      '3:1 error DETECTION_TOO_MANY_IDENTIFIERS detection',
    ]);
    const ok = validateSigma(`${HEAD}${identifiers(1000)}    condition: 1 of s*\n`);
    expect(ok.findings).toEqual([]);
  });

  it('refuses a map of more than 1,000 fields', () => {
    const fields = Array.from({ length: 1001 }, (_, i) => `        f${i}|contians: x\n`).join('');
    const result = validateSigma(`${HEAD}    sel:\n${fields}    condition: sel and nope\n`);
    expect(brief(result.findings)).toEqual(['4:5 error DETECTION_MAP_TOO_LARGE detection.sel']);
    expect(result.findings[0]?.message).toBe(
      "search identifier has 1001 fields in one map, more than the 1000 allowed; the detection's condition, modifiers and values are not checked",
    );
  });

  // 3,000 identifiers of three YAML tokens each are about as many as the YAML guard lets through (MAX_YAML_TOKENS).
  it('checks 3,000 identifiers and 5,000 patterns in well under a second (beyond parsing)', () => {
    const text = `${HEAD}${identifiers(3_000)}    condition: ${Array(5000).fill('1 of s*').join(' and ')}\n`;
    expect(text.length).toBeLessThan(1024 * 1024);
    const { ms, findings } = checkingTime(text);
    expect(findings).toEqual(['3:1 error DETECTION_TOO_MANY_IDENTIFIERS detection']);
    expect(ms).toBeLessThan(1000);
  });

  it('checks 3,000 unused identifiers in well under a second (beyond parsing)', () => {
    const { ms, findings } = checkingTime(`${HEAD}${identifiers(3_000)}    condition: s0\n`);
    expect(findings).toEqual(['3:1 error DETECTION_TOO_MANY_IDENTIFIERS detection']);
    expect(ms).toBeLessThan(1000);
  });

  it('checks 1,000 identifiers, each unused or repeatedly selected, quickly', () => {
    const unused = checkingTime(`${HEAD}${identifiers(1000)}    condition: s0\n`);
    expect(unused.findings).toHaveLength(999);
    expect(unused.ms).toBeLessThan(1000);
    const patterns = checkingTime(
      `${HEAD}${identifiers(1000)}    condition: ${Array(250).fill('1 of s*').join(' and ')}\n`,
    );
    expect(patterns.findings).toEqual([]);
    expect(patterns.ms).toBeLessThan(1000);
  });

  it('checks 500 undefined names among 1,000 long identifiers quickly (suggestions and positions stay cheap)', () => {
    for (const length of [50, 190]) {
      const long = (i: number, tag: string): string => `${tag}${'x'.repeat(length)}${String(i).padStart(6, '0')}`;
      const defined = Array.from({ length: 1000 }, (_, i) => `    ${long(i, 's')}: {a: 1}\n`).join('');
      const condition = Array.from({ length: 500 }, (_, i) => long(i, 'q')).join(' or ');
      const { ms, findings } = checkingTime(`${HEAD}${defined}    condition: ${condition}\n`);
      expect(findings).toHaveLength(1500);
      expect(ms).toBeLessThan(1000);
    }
  });
});
