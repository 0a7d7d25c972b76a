import { describe, expect, it } from 'vitest';
import { brief, yaml } from '../test-support';
import { parseSigma } from './parse';
import { MAX_YAML_TOKENS } from './yaml/guard';

describe('parseSigma: YAML safety', () => {
  it('gives YAML syntax errors a line and column', () => {
    const parsed = parseSigma(yaml`
      title: x
      detection: {
          selection: [a, b
      level: high
    `);
    expect(parsed.rules).toEqual([]);
    expect(parsed.findings[0]).toMatchObject({ code: 'YAML_SYNTAX', severity: 'error', line: 4 });
    expect(parsed.findings[0]?.message).toMatch(/^YAML syntax error: /);
  });

  it('reports every duplicate key with both lines, at any depth, and keeps parsing', () => {
    const parsed = parseSigma(yaml`
      title: First
      detection:
          selection:
              a: 1
              a: 2
          condition: selection
      tags:
          - x: 1
            x: 2
      title: Second
    `);
    expect(parsed.findings).toEqual([
      {
        code: 'YAML_DUPLICATE_KEY',
        severity: 'error',
        path: 'detection.selection.a',
        line: 5,
        column: 9,
        message:
          "duplicate key 'a' in detection.selection (lines 4 and 5); a lax YAML loader would silently keep only the second",
      },
      {
        code: 'YAML_DUPLICATE_KEY',
        severity: 'error',
        path: 'tags[0].x',
        line: 9,
        column: 7,
        message: "duplicate key 'x' in tags[0] (lines 8 and 9); a lax YAML loader would silently keep only the second",
      },
      {
        code: 'YAML_DUPLICATE_KEY',
        severity: 'error',
        path: 'title',
        line: 10,
        column: 1,
        message: "duplicate key 'title' (lines 1 and 10); a lax YAML loader would silently keep only the second",
      },
    ]);
    expect(parsed.rules).toHaveLength(1);
  });

  it('refuses a billion-laughs document quickly, pointing at the alias, without expanding it', () => {
    const levels = ['a0: &l0 "lol"'];
    for (let i = 1; i <= 12; i++)
      levels.push(
        `a${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    const text = `title: Bomb\n${levels.join('\n')}\ndetection:\n    selection:\n        Field: *l12\n    condition: selection\n`;
    const started = performance.now();
    const parsed = parseSigma(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(brief(parsed.findings)).toEqual(['17:16 error YAML_ALIAS_LIMIT ']);
    expect(parsed.findings[0]?.message).toMatch(
      /^YAML aliases would add [\d,]+ nodes to this document \(limit 10000\); alias '\*l12' alone expands to [\d,]+ nodes/,
    );
    expect(parsed.rules).toEqual([]);
  });

  it('accepts modest alias use and resolves it', () => {
    const parsed = parseSigma(yaml`
      title: Anchors
      x-images: &images ['\\cmd.exe', '\\powershell.exe']
      detection:
          selection:
              Image|endswith: *images
          condition: selection
    `);
    expect(parsed.findings).toEqual([]);
    expect(parsed.rules[0]?.data.detection).toEqual({
      selection: { 'Image|endswith': ['\\cmd.exe', '\\powershell.exe'] },
      condition: 'selection',
    });
  });

  it('counts the alias budget per parse, configurable', () => {
    const text = `a: &a [1, 2, 3, 4, 5]\nb: [*a, *a, *a]\n`;
    expect(brief(parseSigma(text, { aliasBudget: 10 }).findings)).toEqual(['2:5 error YAML_ALIAS_LIMIT ']);
    expect(parseSigma(text, { aliasBudget: 100 }).findings).toEqual([]);
  });

  it('refuses an alias to its own enclosing node', () => {
    expect(brief(parseSigma('a: &a [1, *a]\n').findings)).toEqual(['1:11 error YAML_ALIAS_RECURSIVE ']);
  });

  it('refuses absurd nesting before parsing, in brackets or in block indicators on one line', () => {
    expect(brief(parseSigma(`title: ${'['.repeat(257)}`).findings)).toEqual(['1:264 error YAML_TOO_DEEP ']);
    expect(brief(parseSigma(`a:\n  ${'- '.repeat(300)}x\n`).findings)).toEqual(['2:515 error YAML_TOO_DEEP ']);
    const started = performance.now();
    expect(brief(parseSigma(`${'? '.repeat(300_000)}x\n`).findings)).toEqual(['1:513 error YAML_TOO_DEEP ']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses block indentation nested deeper than the limit, before parsing', () => {
    const deep = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(brief(parseSigma(`${deep}\n`).findings)).toEqual(['257:257 error YAML_TOO_DEEP ']);
    const wide = Array.from({ length: 300 }, (_, i) => `k${i}:\n  - a\n  - b: {c: [d]}`).join('\n');
    expect(parseSigma(`${wide}\n`).findings).toEqual([]);
  });

  it('refuses more lines and YAML indicators than the limit before parsing, naming where it stopped', () => {
    const lines = Array.from({ length: MAX_YAML_TOKENS + 1 }, (_, i) => `k${i}: v\n`).join('');
    const refused = parseSigma(lines);
    expect(brief(refused.findings)).toEqual([`${MAX_YAML_TOKENS + 2}:1 error YAML_TOO_LARGE `]);
    expect(refused.findings[0]?.message).toBe(
      'more than 10,000 lines and YAML indicators: refusing to parse a file far larger than any rule (the largest real rules count under 5,000)',
    );
    expect(refused.documents).toEqual([]);
    expect(parseSigma(lines, { maxTokens: MAX_YAML_TOKENS + 10 }).findings).toEqual([]);
  });

  it('counts flow indicators, chained block indicators, and properties beyond the few a line holds', () => {
    const tokens = (text: string): number => {
      let n = 0;
      while (parseSigma(text, { maxTokens: n }).findings[0]?.code === 'YAML_TOO_LARGE') n++;
      return n;
    };
    expect(tokens('a: 1\n')).toBe(1);
    expect(tokens("a: &x !!str 'y'\n")).toBe(1);
    expect(tokens('a: [1, 2, {b: 3}]\n')).toBe(7);
    expect(tokens('a:\n  - - - x\n')).toBe(4);
    expect(tokens('a: !t !t !t !t !t x\n')).toBe(3);
    expect(tokens("a: 'it''s [not] {flow}, # nor a comment'\n")).toBe(1);
  });

  it('does not count brackets inside quoted strings or comments, and forgets them at the next top-level key', () => {
    const unbalanced = Array.from({ length: 300 }, (_, i) => `    - 'a[${i}' # [[[`).join('\n');
    expect(parseSigma(`title: x\nlist:\n${unbalanced}\n`).findings).toEqual([]);
    const plain = Array.from({ length: 300 }, (_, i) => `k${i}: a[b`).join('\n');
    expect(parseSigma(`${plain}\n`).findings).toEqual([]);
  });

  it('refuses complex mapping keys, which Sigma never uses', () => {
    expect(parseSigma('? [a, b]\n: c\ntitle: x\n').findings).toEqual([
      {
        code: 'YAML_COMPLEX_KEY',
        severity: 'error',
        path: '',
        line: 1,
        column: 3,
        message: 'a mapping key is a list, mapping or alias; Sigma keys are plain names',
      },
    ]);
  });

  it('needs each document to be a mapping', () => {
    expect(parseSigma('just a sentence\n').findings).toEqual([
      {
        code: 'YAML_NOT_MAPPING',
        severity: 'error',
        path: '',
        line: 1,
        column: 1,
        message: 'rule document must be a mapping (title:, logsource:, detection: ...), got a string',
      },
    ]);
    expect(parseSigma('- a\n- b\n').findings[0]?.message).toBe(
      'rule document must be a mapping (title:, logsource:, detection: ...), got a list',
    );
  });

  it('treats a file of comments as empty, and warns about a stray empty document', () => {
    expect(brief(parseSigma('# nothing here\n').findings)).toEqual(['1:1 error EMPTY_FILE ']);
    const stray = parseSigma('title: x\n---\n');
    expect(brief(stray.findings)).toEqual(['2:1 warning EMPTY_DOCUMENT ']);
    expect(stray.rules).toHaveLength(1);
  });

  it('limits the number of documents, counting the markers before parsing', () => {
    expect(brief(parseSigma('a: 1\n---\nb: 2\n---\nc: 3\n', { maxDocuments: 2 }).findings)).toEqual([
      '5:1 error YAML_TOO_MANY_DOCUMENTS ',
    ]);
    const started = performance.now();
    expect(brief(parseSigma('a: 1\n---\n'.repeat(50_000)).findings)).toEqual(['202:1 error YAML_TOO_MANY_DOCUMENTS ']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('limits how many anchors and aliases a document may use', () => {
    const text = `a: &a x\n${Array.from({ length: 1000 }, (_, i) => `k${i}: *a`).join('\n')}\n`;
    expect(parseSigma(text).findings).toEqual([
      {
        code: 'YAML_ALIAS_LIMIT',
        severity: 'error',
        path: '',
        line: 1,
        column: 1,
        message:
          'document has 1001 YAML anchors and aliases (limit 1000): refused as a possible resource-exhaustion attack',
      },
    ]);
  });

  it('keeps a __proto__ key as data, never as a prototype', () => {
    const parsed = parseSigma('title: x\ndetection:\n    __proto__:\n        polluted: true\n    condition: x\n');
    const detection = parsed.rules[0]?.data.detection as Record<string, unknown>;
    expect(Object.keys(detection)).toEqual(['__proto__', 'condition']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads YAML 1.2: unquoted dates stay strings, as the schema expects', () => {
    expect(parseSigma('title: x\ndate: 2024-02-29\n').rules[0]?.data.date).toBe('2024-02-29');
  });

  it('returns the raw documents with their positions', () => {
    const parsed = parseSigma('# header\n\ntitle: a\n---\ntitle: b\n');
    expect(parsed.documents.map((d) => ({ index: d.index, start: d.start, data: d.data }))).toEqual([
      { index: 0, start: { line: 3, column: 1 }, data: { title: 'a' } },
      { index: 1, start: { line: 5, column: 1 }, data: { title: 'b' } },
    ]);
  });
});
