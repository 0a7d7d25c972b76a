import { describe, expect, it } from 'vitest';
import { openInNavigatorUrl } from './open-url';

describe('openInNavigatorUrl', () => {
  it('opens the layer at its absolute URL, encoded, in MITRE’s Navigator', () => {
    expect(openInNavigatorUrl('https://t.example', new URLSearchParams({ platform: 'splunk' }))).toBe(
      'https://mitre-attack.github.io/attack-navigator/#layerURL=https%3A%2F%2Ft.example%2Fapi%2Fv1%2Fnavigator-layer%3Fplatform%3Dsplunk',
    );
  });

  it('is not offered without a public URL', () => {
    expect(openInNavigatorUrl(null)).toBeNull();
  });
});
