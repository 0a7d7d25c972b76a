import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path of ours, with its query and fragment', () => {
    expect(safeNextPath('/editor/traffic-duplication')).toBe('/editor/traffic-duplication');
    expect(safeNextPath('/editor/a/history?from=1&to=2#diff')).toBe('/editor/a/history?from=1&to=2#diff');
    expect(safeNextPath('/account/tokens')).toBe('/account/tokens');
  });

  it('sends anything that could leave the portal, or loop, to the home page', () => {
    for (const raw of [
      null,
      undefined,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/\tevil',
      ' /editor',
      'editor',
      '/login',
      '/login?next=/editor',
      '/logout',
      `/${'a'.repeat(3000)}`,
    ]) {
      expect(safeNextPath(raw), String(raw)).toBe('/');
    }
  });

  it('normalises dot segments without leaving the portal', () => {
    expect(safeNextPath('/a/../../evil')).toBe('/evil');
    expect(safeNextPath('/./editor')).toBe('/editor');
  });
});
