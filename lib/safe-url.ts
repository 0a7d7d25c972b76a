// Links in editors' Markdown: a reader clicking one must only navigate, to the web, a mail client or this site.
// javascript:, data:, vbscript: and friends run or smuggle content; `//host` and `\\host` leave the site
// while looking like paths.

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

// Browsers drop leading and trailing C0 controls and spaces and every tab and newline before they read a URL
// (WHATWG URL parsing), so `\u0000javascript:` and `java\tscript:` both run script. Here every control character
// and every kind of whitespace goes, wherever it is: what is left can only look more like a scheme, never less.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\s\u200b-\u200d\u2060\ufeff]/g;

export function isSafeUrl(url: string): boolean {
  const cleaned = url.replace(INVISIBLE, '');
  // A backslash is a slash to browsers in http(s) URLs: `/\host` is `//host` too.
  if (/^[/\\]{2}/.test(cleaned)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}
