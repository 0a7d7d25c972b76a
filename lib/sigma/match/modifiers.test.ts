// The modifier map itself: every modifier of the specification by name, and nothing else. The modifiers are
// tested by family in modifiers.*.test.ts.
import { describe, expect, it } from 'vitest';
import { detectionCompileError } from '../test-support';
import { KNOWN_MODIFIERS } from './modifiers';

describe('the modifier map', () => {
  it('lists every modifier of the specification', () => {
    expect([...KNOWN_MODIFIERS].sort()).toEqual([
      'all',
      'base64',
      'base64offset',
      'cased',
      'cidr',
      'contains',
      'day',
      'endswith',
      'exists',
      'expand',
      'fieldref',
      'gt',
      'gte',
      'hour',
      'i',
      'lt',
      'lte',
      'm',
      'minute',
      'month',
      'neq',
      're',
      's',
      'startswith',
      'utf16',
      'utf16be',
      'utf16le',
      'week',
      'wide',
      'windash',
      'year',
    ]);
  });

  it('rejects an unknown modifier by name', () => {
    expect(detectionCompileError("sel:\n  CommandLine|contians: 'x'\ncondition: sel")).toEqual({
      code: 'unknown-modifier',
      message: "unknown value modifier 'contians' on 'CommandLine|contians'",
    });
  });

  it('does not take prototype members for modifiers', () => {
    expect(detectionCompileError("sel:\n  A|constructor: 'x'\ncondition: sel").code).toBe('unknown-modifier');
  });

  it('rejects a regex flag without re', () => {
    expect(detectionCompileError("sel:\n  A|i: 'x'\ncondition: sel").message).toBe("'i': only follows 're'");
  });
});
