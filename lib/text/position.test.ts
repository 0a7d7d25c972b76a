import { describe, expect, it } from 'vitest';
import { bytePositionAt, positionAt, positionOfMatch } from './position';

describe('positionAt', () => {
  it('counts 1-based lines and columns', () => {
    const text = 'ab\ncd\n\nef';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt(text, 7)).toEqual({ line: 4, column: 1 });
    expect(positionAt(text, 99)).toEqual({ line: 4, column: 3 });
  });

  it('gives a leading byte order mark no column', () => {
    expect(positionAt('\uFEFFid: x', 1)).toEqual({ line: 1, column: 1 });
    expect(positionAt('\uFEFFa\nid: x', 3)).toEqual({ line: 2, column: 1 });
  });
});

describe('bytePositionAt', () => {
  it('counts columns in characters, not bytes', () => {
    const bytes = new TextEncoder().encode('x\nÖmer: é!');
    expect(bytePositionAt(bytes, bytes.indexOf(0x21))).toEqual({ line: 2, column: 8 });
  });
});

describe('positionOfMatch', () => {
  it('finds the first match, whatever the flags', () => {
    expect(positionOfMatch('title: a\nid: b\n', /^id\s*:/gm)).toEqual({ line: 2, column: 1 });
    expect(positionOfMatch('title: a', /^id:/m)).toBeUndefined();
  });
});
