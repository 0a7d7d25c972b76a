// Just enough XML writing for our feeds: every text and attribute value escaped, so the output is well formed
// whatever a title holds. Characters XML 1.0 forbids (most control characters) are dropped.

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export type Attrs = Record<string, string | undefined>;

/** An element: attributes left out when undefined; children are already-written XML, or text to escape. */
export function el(name: string, attrs: Attrs = {}, children: string | string[] = []): string {
  const a = Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const body = Array.isArray(children) ? children.join('') : children;
  return body ? `<${name}${a}>${body}</${name}>` : `<${name}${a}/>`;
}

/** An element holding text. */
export const textEl = (name: string, text: string, attrs: Attrs = {}) => el(name, attrs, escapeXml(text) || []);

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';
