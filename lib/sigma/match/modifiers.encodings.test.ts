// Modifiers that encode the value before it is looked for: base64, base64offset, wide/utf16*, windash.
import { describe, expect, it } from 'vitest';
import { compileDetection, detectionCompileError, runDetection } from '../test-support';

describe('encodings', () => {
  it('base64 looks for the encoded value', () => {
    const detection = `
sel:
  CommandLine|base64|contains: 'whoami'
condition: sel`;
    expect(runDetection(detection, [{ CommandLine: 'echo d2hvYW1p | base64 -d' }, { CommandLine: 'whoami' }])).toEqual([
      true,
      false,
    ]);
  });

  it('base64offset finds the value at each of the three alignments', () => {
    const detection = `
sel:
  CommandLine|base64offset|contains: 'ping'
condition: sel`;
    expect(
      runDetection(detection, [
        { CommandLine: 'cGluZyAxMC4wLjAuMQ==' },
        { CommandLine: 'YXBpbmcgMTAuMC4wLjE=' },
        { CommandLine: 'YWJwaW5nIDEwLjAuMC4x' },
        { CommandLine: 'd2hvYW1p' },
      ]),
    ).toEqual([true, true, true, false]);
  });

  it('wide then base64 encodes UTF-16LE bytes', () => {
    const detection = `
sel:
  CommandLine|wide|base64offset|contains: 'IEX'
condition: sel`;
    expect(
      runDetection(detection, [
        { CommandLine: '-enc SQBFAFgAIAB4AHkAegA=' },
        { CommandLine: '-enc YQBJAEUAWAAgAHgAeQB6AA==' },
        { CommandLine: '-enc YQBiAEkARQBYACAAeAB5AHoA' },
        { CommandLine: '-enc SUVY' },
      ]),
    ).toEqual([true, true, true, false]);
  });

  it('utf16le, utf16be and utf16 produce the byte strings the appendix lists', () => {
    const detection = `
le:
  V|utf16le|base64: 'cmd'
be:
  V|utf16be|base64: 'cmd'
bom:
  V|utf16|base64: 'cmd'
condition: 1 of them`;
    const rule = compileDetection(detection);
    const b64 = (bytes: number[]): string => Buffer.from(bytes).toString('base64');
    expect(rule.explain({ V: b64([0x63, 0, 0x6d, 0, 0x64, 0]) }).selections).toEqual({
      le: true,
      be: false,
      bom: false,
    });
    expect(rule.explain({ V: b64([0, 0x63, 0, 0x6d, 0, 0x64]) }).selections).toEqual({
      le: false,
      be: true,
      bom: false,
    });
    expect(rule.explain({ V: b64([0xff, 0xfe, 0x63, 0, 0x6d, 0, 0x64, 0]) }).selections).toEqual({
      le: false,
      be: false,
      bom: true,
    });
  });

  it('rejects base64 of a value with wildcards', () => {
    expect(detectionCompileError("sel:\n  A|contains|base64: 'x'\ncondition: sel").message).toBe(
      "'base64': cannot encode a value with wildcards; put contains/startswith/endswith after it",
    );
  });
});

describe('windash', () => {
  it('accepts every dash spelling of an option', () => {
    const detection = `
sel:
  CommandLine|windash|contains: ' -decode '
condition: sel`;
    const spellings = ['-', '/', '\u2013', '\u2014', '\u2015'].map((d) => ({ CommandLine: `certutil ${d}decode a b` }));
    expect(runDetection(detection, [...spellings, { CommandLine: 'certutil +decode a b' }])).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('leaves a dash inside a word alone', () => {
    const detection = `
sel:
  CommandLine|windash|contains: 'x-y'
condition: sel`;
    expect(runDetection(detection, [{ CommandLine: 'x-y' }, { CommandLine: 'x/y' }])).toEqual([true, false]);
  });
});
