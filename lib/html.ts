// HTML written as text, for the few views that hand React a finished string (dangerouslySetInnerHTML) so it hydrates
// one element instead of hundreds: the matrix cells, highlighted code, the test plan. Every value goes through here.

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** An element's text: only what could open a tag or an entity is escaped. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT[c] ?? c);
}

/** A double-quoted attribute's value. */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTR[c] ?? c);
}
