import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText } from './html';

describe('HTML escaping', () => {
  it('escapes what could open a tag or an entity in text, and leaves quotes', () => {
    expect(escapeText('a < b && c > "d" \'e\'')).toBe('a &lt; b &amp;&amp; c &gt; "d" \'e\'');
  });

  it('escapes quotes too in an attribute value, so it cannot close the attribute', () => {
    expect(escapeAttr('"><script>alert(1)</script> \' &')).toBe(
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#39; &amp;',
    );
  });
});
