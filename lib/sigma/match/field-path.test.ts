import { describe, expect, it } from 'vitest';
import { compileFieldPath, someScalar } from './field-path';

describe('compileFieldPath', () => {
  it('reads a top-level field', () => {
    expect(compileFieldPath('Image')({ Image: 'x' })).toBe('x');
  });

  it('tells a missing field from a null one', () => {
    const read = compileFieldPath('A');
    expect([read({}), read({ A: null }), read('not an object')]).toEqual([undefined, null, undefined]);
  });

  it('walks nested objects', () => {
    expect(compileFieldPath('protoPayload.methodName')({ protoPayload: { methodName: 'm' } })).toBe('m');
  });

  it('tries the longest literal key first', () => {
    expect(compileFieldPath('a.b.c')({ 'a.b.c': 1, 'a.b': { c: 2 }, a: { b: { c: 3 } } })).toBe(1);
    expect(compileFieldPath('a.b.c')({ 'a.b': { c: 2 }, a: { b: { c: 3 } } })).toBe(2);
  });

  it('backs off when a longer key leads nowhere', () => {
    expect(compileFieldPath('a.b.c')({ 'a.b': { x: 2 }, a: { b: { c: 3 } } })).toBe(3);
  });

  it('collects the values found under an array', () => {
    expect(compileFieldPath('r.t')({ r: [{ t: 'a' }, { u: 1 }, { t: ['b', 'c'] }] })).toEqual(['a', 'b', 'c']);
    expect(compileFieldPath('r.t')({ r: [{ u: 1 }] })).toBeUndefined();
  });

  it('ignores inherited members', () => {
    expect([compileFieldPath('toString')({}), compileFieldPath('a.constructor')({ a: {} })]).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('someScalar', () => {
  it('visits every scalar at any depth until one passes', () => {
    const seen: unknown[] = [];
    const found = someScalar({ a: 'x', b: [1, { c: true }], d: null }, (v) => {
      seen.push(v);
      return v === true;
    });
    expect([found, seen]).toEqual([true, ['x', 1, true]]);
  });
});
