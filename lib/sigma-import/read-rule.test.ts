import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../sigma/test-support';
import type { validateSigma } from '../sigma/validate';
import { readRuleFile } from './read-rule';
import { sigmaRule, tempDir, writeFiles } from './testing';

const ID = '5f0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b';
const catalog = smallCatalog();

function read(files: Record<string, string | Uint8Array>, file: string, maxBytes?: number) {
  const root = tempDir('sigma-read-');
  writeFiles(root, files);
  return { root, outcome: readRuleFile(root, file, { catalog, maxBytes }) };
}

describe('readRuleFile', () => {
  it('reads a valid rule, with its warnings', () => {
    const text = sigmaRule({ id: ID, tags: ['attack.exfiltration', 'attack.t1020.001', 'attack.t1050'] });
    const { outcome } = read({ 'r.yml': text }, 'r.yml');
    expect(outcome.kind).toBe('rule');
    if (outcome.kind !== 'rule') return;
    expect(outcome.fields.document.sigma).toBe(text);
    expect(outcome.fields.tagTechniques).toEqual(['T1020.001', 'T1050']);
    expect(outcome.warnings.map((w) => w.code)).toEqual(['TAG_REVOKED_TECHNIQUE']);
    expect(outcome.idAt).toEqual({ line: 2, column: 1 });
  });

  it('keeps a BOM, CRLF line endings and non-ASCII text so the stored text encodes back to the same bytes', () => {
    const text = `\uFEFF${sigmaRule({ id: ID, description: 'Détecte — 日本語 😀' }).replaceAll('\n', '\r\n')}`;
    const { root, outcome } = read({ 'bom.yml': text }, 'bom.yml');
    if (outcome.kind !== 'rule') throw new Error(`expected a rule, got ${JSON.stringify(outcome)}`);
    expect(outcome.fields.document.sigma.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(outcome.fields.document.sigma, 'utf8').equals(readFileSync(join(root, 'bom.yml')))).toBe(true);
    expect(outcome.fields.document.summary).toBe('Détecte — 日本語 😀');
  });

  it('rejects a rule with errors, giving every error with its position', () => {
    const text = sigmaRule({ id: 'not-a-uuid', level: 'severe' });
    const { outcome } = read({ 'bad.yml': text }, 'bad.yml');
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind !== 'rejected') return;
    expect(outcome.reasons.map((r) => `${r.line}:${r.column} ${r.code} ${r.path}`)).toEqual([
      '2:5 ID_NOT_UUID id',
      '14:8 SCHEMA_ENUM level',
    ]);
  });

  it.each([
    ['a configuration mapping', 'backends:\n  - splunk\nfieldmappings:\n  Image: process.path\n'],
    ['a top-level list', '- one\n- two\n'],
    ['a scalar', 'just text\n'],
  ])('skips %s as not a rule', (_what, text) => {
    const { outcome } = read({ 'config.yml': text }, 'config.yml');
    expect(outcome).toEqual({
      kind: 'not-a-rule',
      file: 'config.yml',
      reason: 'no YAML document has a top-level title or detection',
    });
  });

  it('rejects, not skips, what cannot be told apart from a broken rule', () => {
    expect(read({ 'e.yml': '' }, 'e.yml').outcome.kind).toBe('rejected');
    expect(read({ 's.yml': 'title: [unclosed\n' }, 's.yml').outcome.kind).toBe('rejected');
    expect(read({ 't.yml': 'title: only a title\n' }, 't.yml').outcome.kind).toBe('rejected');
  });

  it('refuses an oversized file on its size', () => {
    const { outcome } = read({ 'big.yml': sigmaRule({ id: ID }) }, 'big.yml', 100);
    expect(outcome.kind === 'rejected' && outcome.reasons.map((r) => r.code)).toEqual(['SIZE_LIMIT']);
  });

  it('refuses invalid UTF-8, a NUL character, and a rule without an id', () => {
    const latin1 = Buffer.concat([Buffer.from(sigmaRule({ id: ID })), Buffer.from([0x23, 0x20, 0xd6, 0x0a])]);
    const noId = sigmaRule({ id: ID }).replace(`id: ${ID}\n`, '');
    const codes = (file: string, content: string | Uint8Array) => {
      const { outcome } = read({ [file]: content }, file);
      return outcome.kind === 'rejected' ? outcome.reasons.map((r) => r.code) : outcome.kind;
    };
    expect(codes('latin1.yml', latin1)).toEqual(['INVALID_UTF8']);
    expect(codes('nul.yml', `${sigmaRule({ id: ID })}# a \u0000 in a comment\n`)).toEqual(['IMPORT_NUL']);
    expect(codes('noid.yml', noId)).toEqual(['IMPORT_NO_ID']);
  });

  it('turns an exception thrown while judging a file into a rejection of that file, with the message', () => {
    const root = tempDir('sigma-read-throws-');
    writeFiles(root, { 'r.yml': sigmaRule({ id: ID }) });
    const throwing: typeof validateSigma = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    expect(readRuleFile(root, 'r.yml', { catalog, validate: throwing })).toEqual({
      kind: 'rejected',
      file: 'r.yml',
      reasons: [
        {
          code: 'IMPORT_INTERNAL',
          severity: 'error',
          path: '',
          line: 1,
          column: 1,
          message:
            'the import failed on this file (RangeError: Maximum call stack size exceeded); the other files are not affected',
        },
      ],
    });
    const odd: typeof validateSigma = () => {
      throw 'a string, not an Error';
    };
    const outcome = readRuleFile(root, 'r.yml', { catalog, validate: odd });
    expect(outcome.kind === 'rejected' && outcome.reasons.map((r) => [r.code, r.message])).toEqual([
      ['IMPORT_INTERNAL', 'the import failed on this file (a string, not an Error); the other files are not affected'],
    ]);
  });

  it('rejects, and does not throw on, a condition nested 100,000 levels deep', () => {
    const deep = sigmaRule({ id: ID }).replace(
      'condition: selection',
      `condition: '${'('.repeat(100_000)}selection${')'.repeat(100_000)}'`,
    );
    const { outcome } = read({ 'deep.yml': deep }, 'deep.yml');
    expect(outcome.kind).toBe('rejected');
  });
});
