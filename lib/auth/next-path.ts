// Where the sign-in page sends someone afterwards. The target comes from the address bar (`?next=`), so anyone can
// write a link with one: only a path of this portal is followed, never another site (an open redirect would lend our
// name to a phishing page), and never the sign-in page itself.
import { urls } from '../urls';

const BASE = 'http://tripline.invalid';
const MAX_LENGTH = 2000;

/** `raw` when it is a path of ours, else the home page. */
export function safeNextPath(raw: string | null | undefined): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return urls.home();
  // `//host` and `/\host` are other sites to a browser; control characters are stripped by URL parsers in ways that
  // differ between them, so a path holding one is refused rather than interpreted.
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return urls.home();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(raw)) return urls.home();
  let parsed: URL;
  try {
    parsed = new URL(raw, BASE);
  } catch {
    return urls.home();
  }
  if (parsed.origin !== BASE) return urls.home();
  if (parsed.pathname === urls.login() || parsed.pathname === urls.logout()) return urls.home();
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
