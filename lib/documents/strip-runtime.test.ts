import { describe, expect, it } from 'vitest';
import { withoutClientRuntime as strip } from './strip-runtime';

const withoutClientRuntime = (html: string) => strip(Buffer.from(html, 'utf8'))?.toString('utf8') ?? null;

// The shape of a page from Next 16's app router (next start), trimmed: preloads in the head, async chunk scripts,
// the payload as inline pushes, and our own deferred script, which stays.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script src="/document/abc123.js" defer=""></script>',
  '<title>Seed · Tripline</title><link rel="icon" href="/icon.svg"/><link rel="canonical" href="/x"/>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><main><p>Query &lt;script&gt;alert(1)&lt;/script&gt; text</p>',
  '<script type="application/ld+json">{"@type":"TechArticle"}</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>',
  '<script nonce="">self.__next_f.push([1,"<link rel=\\"x\\">"])</script >',
  '</main></body></html>',
].join('');

describe('withoutClientRuntime', () => {
  const out = withoutClientRuntime(PAGE) ?? '';

  it("drops Next's scripts, the payload and the script preloads", () => {
    expect(out).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js/);
    expect(out).not.toContain('__next_f');
    expect(out).not.toMatch(/<script(?! src="\/document| type="application\/ld\+json")/);
    expect(out).not.toContain('<link rel=\\"x');
  });

  it('keeps our own script, JSON-LD, the stylesheet, the icons and the text, escaped as it was', () => {
    expect(out).toContain('<script src="/document/abc123.js" defer=""></script>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"TechArticle"}</script>');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(out).toContain('<link rel="icon" href="/icon.svg"/><link rel="canonical" href="/x"/>');
    expect(out).toContain('<p>Query &lt;script&gt;alert(1)&lt;/script&gt; text</p>');
    expect(out).toMatch(/<\/main><\/body><\/html>$/);
  });

  it('ends an inline script where a browser would, at the first closing tag', () => {
    const html = '<p>a</p><script>var s="</script><p>shown</p>";</script><p>b</p>';
    // The browser shows `<p>shown</p>` and then the text `";`: the same bytes stay here.
    expect(withoutClientRuntime(html)).toBe('<p>a</p><p>shown</p>";</script><p>b</p>');
  });

  it('leaves a page with a streamed Suspense boundary whole, since its content needs the runtime to be placed', () => {
    const streamed = `${PAGE}<div hidden id="S:0"><p>late</p></div>`;
    expect(withoutClientRuntime(streamed)).toBeNull();
    expect(withoutClientRuntime('<template id="B:1"></template><script>$RC("B:1","S:1")</script>')).toBeNull();
  });

  it("leaves Next's error shell whole: its 404 page is drawn from the payload", () => {
    const shell =
      '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""><!--$--><!--/$--></div><script>self.__next_f.push([1,"x"])</script></body></html>';
    expect(withoutClientRuntime(shell)).toBeNull();
  });

  it('keeps the bytes of every other character as they were', () => {
    const html = '<p>“Größe” · 検出</p><script>self.__next_f.push([1,"“"])</script><p>→ done</p>';
    expect(withoutClientRuntime(html)).toBe('<p>“Größe” · 検出</p><p>→ done</p>');
  });

  it('takes a tag by its whole name only', () => {
    expect(withoutClientRuntime('<scripts>x</scripts><linked href="/_next/a.js">')).toBe(
      '<scripts>x</scripts><linked href="/_next/a.js">',
    );
  });

  it('keeps scripts from anywhere but /_next/ that carry a src', () => {
    expect(withoutClientRuntime('<script src="/other.js"></script>')).toBe('<script src="/other.js"></script>');
    expect(withoutClientRuntime("<script src='https://cdn.example/_next/x.js'></script>")).toBe('');
  });
});
