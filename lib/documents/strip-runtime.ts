// A public page as a document: the HTML Next rendered, without the client runtime the app router puts into every
// page. Our public pages are links, text and GET forms; what little they do in the browser is the document script
// (lib/documents/document-script.ts), which is kept. On the seed page the runtime was half the HTML (React's payload
// repeats every word) and almost all of the main thread's blocking time on a phone.
//
// Removed: every inline <script> (React's payload, Next's bootstrap) except JSON-LD data, every <script src> into
// /_next/, and the <link rel=preload|modulepreload> of those scripts. A script element ends at the first "</script"
// whatever it holds, as a browser reads it. React writes tag names in lower case and escapes "<" in every text and
// attribute value, as lib/html.ts does (MDX may hold no HTML), so every "<script", "<link" and "</script" in the page
// is a tag, found by those bytes.
//
// Worked on the bytes as Next wrote them: decoding a page to a string and encoding it again cost more than all the
// rest (some 3.5 ms for the seed page against 0.1), and every byte searched for is ASCII, which UTF-8 keeps as is.
//
// Two kinds of page need the runtime to show anything, and are left whole (reported as null): one that streamed a
// Suspense boundary (React writes <template id="B:..."> and its content in <div hidden id="S:...">), which Next's
// inline script puts in place, and Next's error shell (<html id="__next_error__">, an empty body: a notFound()
// thrown after rendering began), whose 404 page React draws from the payload.

const NEEDS_RUNTIME = ['<template id="B:', '<div hidden id="S:', '<html id="__next_error__"'];

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

function isRuntimePreload(attrs: string): boolean {
  const rel = (attribute(attrs, 'rel') ?? '').toLowerCase();
  if (rel === 'modulepreload') return isNextAsset(attribute(attrs, 'href'));
  return (
    rel === 'preload' &&
    (attribute(attrs, 'as') ?? '').toLowerCase() === 'script' &&
    isNextAsset(attribute(attrs, 'href'))
  );
}

const GT = 0x3e;
const NAME_ENDS = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d, 0x2f, GT]);

/** Where the next `<name` tag opens at or after `from` (the name whole: not `<scripts`), or -1. */
function nextTag(page: Buffer, name: string, from: number): number {
  const open = `<${name}`;
  for (let at = page.indexOf(open, from, 'latin1'); at !== -1; at = page.indexOf(open, at + 1, 'latin1')) {
    const after = page[at + open.length];
    if (after === undefined || NAME_ENDS.has(after)) return at;
  }
  return -1;
}

/** The page without Next's client runtime, or null when it cannot be shown without it. */
export function withoutClientRuntime(page: Buffer): Buffer | null {
  if (NEEDS_RUNTIME.some((marker) => page.includes(marker, 0, 'latin1'))) return null;
  const kept: Buffer[] = [];
  let from = 0;
  // Both kinds of tag in the order they come: a <link> inside a script's text is the script's, and goes with it.
  let script = nextTag(page, 'script', 0);
  let link = nextTag(page, 'link', 0);
  while (script !== -1 || link !== -1) {
    const isScript = link === -1 || (script !== -1 && script < link);
    const at = isScript ? script : link;
    const tagEnd = page.indexOf(GT, at);
    const attrs = page.toString('latin1', at + (isScript ? 7 : 5), tagEnd === -1 ? page.length : tagEnd);
    let end: number;
    if (tagEnd === -1) end = page.length;
    else if (isScript) {
      const close = nextTag(page, '/script', tagEnd + 1);
      const closeEnd = close === -1 ? -1 : page.indexOf(GT, close);
      // An unclosed script runs to the end of the document, as a browser reads it.
      end = closeEnd === -1 ? page.length : closeEnd + 1;
    } else end = tagEnd + 1;
    if (isScript ? isRuntimeScript(attrs) : isRuntimePreload(attrs)) {
      kept.push(page.subarray(from, at));
      from = end;
    }
    script = nextTag(page, 'script', Math.max(end, at + 1));
    link = nextTag(page, 'link', Math.max(end, at + 1));
  }
  kept.push(page.subarray(from));
  return Buffer.concat(kept);
}
