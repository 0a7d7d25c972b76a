import { describe, expect, it } from 'vitest';
import { formatPath, fromJsonPointer, type PathSegment, parsePath } from './yaml-path';

describe('YAML paths', () => {
  it.each<[PathSegment[], string]>([
    [['detection', 'selection', 'eventName'], 'detection.selection.eventName'],
    [['tags', 2], 'tags[2]'],
    [['detection', 'sel', 0, 'CommandLine|contains'], 'detection.sel[0].CommandLine|contains'],
    [['detection', 'sel', 'userIdentity.arn'], 'detection.sel["userIdentity.arn"]'],
    [['detection', 'a key', 'x]"y'], 'detection["a key"]["x]\\"y"]'],
    [[], ''],
  ])('writes %j as %s and reads it back', (segments, text) => {
    expect(formatPath(segments)).toBe(text);
    expect(parsePath(text)).toEqual(segments);
  });

  it('turns JSON pointers into segments, numbers only where the data is a list', () => {
    const isList = (prefix: PathSegment[]): boolean => prefix.join('/') === 'tags';
    expect(fromJsonPointer('/tags/0', isList)).toEqual(['tags', 0]);
    expect(fromJsonPointer('/detection/0', isList)).toEqual(['detection', '0']);
    expect(fromJsonPointer('/a~1b/c~0d', isList)).toEqual(['a/b', 'c~d']);
    expect(fromJsonPointer('', isList)).toEqual([]);
  });
});
