// A public page as a document: the HTML Next rendered, without the client runtime the app router puts into every
// page. Our public pages are links, text and GET forms; what little they do in the browser is the document script
// (lib/documents/document-script.ts), which is kept. On the seed page the runtime was half the HTML (React's payload
// repeats every word) and almost all of the main thread's blocking time on a phone.
//
// Removed: every inline <script> (React's payload, Next's bootstrap) except JSON-LD data, every <script src> into
// /_next/, and the <link rel=preload|modulepreload> of those scripts. A browser ends a script element at the first
// "</script" whatever it holds, which is what the lazy match below does too, and React escapes "<" in every text
// and attribute value, as lib/html.ts does, so "<script" and "<link" in the HTML are always tags.
//
// Two kinds of page need the runtime to show anything, and are left whole (reported as null): one that streamed a
// Suspense boundary (<template id="B:..."> with its content in a hidden <div id="S:...">), which Next's inline
// script puts in place, and Next's error shell (<html id="__next_error__">, an empty body: a notFound() thrown
// after rendering began), whose 404 page React draws from the payload.

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;
const NEEDS_RUNTIME = /<template\s[^>]*\bid="B:|<div\s[^>]*\bhidden[^>]*\bid="S:|<html\s[^>]*\bid="__next_error__"/i;

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

const isNextAsset = (url: string | null) => url !== null && /^(?:https?:\/\/[^/]+)?\/_next\//i.test(url);

function isRuntimeScript(attrs: string): boolean {
  const src = attribute(attrs, 'src');
  if (src === null) return (attribute(attrs, 'type') ?? '').toLowerCase() !== 'application/ld+json';
  return isNextAsset(src);
}

function isRuntimePreload(tag: string): boolean {
  const rel = (attribute(tag, 'rel') ?? '').toLowerCase();
  if (rel === 'modulepreload') return isNextAsset(attribute(tag, 'href'));
  return (
    rel === 'preload' && (attribute(tag, 'as') ?? '').toLowerCase() === 'script' && isNextAsset(attribute(tag, 'href'))
  );
}

/** The page without Next's client runtime, or null when it cannot be shown without it. */
export function withoutClientRuntime(html: string): string | null {
  if (NEEDS_RUNTIME.test(html)) return null;
  return html
    .replace(SCRIPT, (element, attrs: string) => (isRuntimeScript(attrs) ? '' : element))
    .replace(LINK, (tag) => (isRuntimePreload(tag) ? '' : tag));
}
