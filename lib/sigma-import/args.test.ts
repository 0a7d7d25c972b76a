import { describe, expect, it } from 'vitest';
import { parseImportArgs } from './args';

describe('parseImportArgs', () => {
  it('reads the folder and flags', () => {
    expect(parseImportArgs(['rules', '--strict', '--json', '--max-bytes', '2048'])).toEqual({
      ok: true,
      args: { folder: 'rules', strict: true, json: true, maxBytes: 2048 },
    });
    expect(parseImportArgs(['rules'])).toEqual({
      ok: true,
      args: { folder: 'rules', strict: false, json: false, maxBytes: 1024 * 1024 },
    });
  });

  it.each([
    [[], 'name the folder'],
    [['a', 'b'], 'exactly one folder'],
    [['a', '--max-bytes=-1'], 'positive whole number'],
    [['a', '--max-bytes', '1.5'], 'positive whole number'],
    [['a', '--verbose'], "Unknown option '--verbose'"],
  ])('refuses %j', (argv, message) => {
    const parsed = parseImportArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
