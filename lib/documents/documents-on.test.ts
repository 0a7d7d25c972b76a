import { describe, expect, it } from 'vitest';
import { documentsOn } from './documents-on';

describe('documentsOn', () => {
  it('holds for next start unless turned off, and never under next dev', () => {
    expect(documentsOn({ NODE_ENV: 'production' })).toBe(true);
    expect(documentsOn({ NODE_ENV: 'production', TRIPLINE_DOCUMENTS: 'off' })).toBe(false);
    expect(documentsOn({ NODE_ENV: 'development' })).toBe(false);
  });
});
