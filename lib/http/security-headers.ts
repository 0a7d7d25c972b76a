// The security headers of every response: next.config.ts applies them to pages, the API, rule downloads, 404s,
// the proxy's own answers and static assets alike.
//
// Scripts. Next's app router writes each page's React payload into the HTML as inline <script> elements
// (self.__next_f.push(...); 10 on the seed page, 8 of them carrying its data). A nonce would have to be new on
// every response, which makes Next render every page per request, and our pages are ISR-cached: rendered once,
// served many times. Hashes cannot work either: those scripts hold each page's data, so their hashes differ per
// page and per revalidation, while these headers are fixed when the portal is built. So inline <script> elements
// stay allowed ('unsafe-inline') and everything around them is closed: no other origin, no eval, no inline event
// handlers (script-src-attr 'none'; React never writes handler attributes, so injected markup such as
// <img onerror> cannot run), no plugins, no <base> to re-point our script URLs, no framing, forms post only here.
// javascript: links are not covered by script-src-attr: editors' Markdown refuses them (lib/safe-url.ts).
// The public catalog's pages carry none of those inline scripts: they go out as documents, and there the policy
// drops 'unsafe-inline' too (withoutInlineScripts, applied by lib/http/document-response.ts). The React
// applications (sign-in, the editor, accounts, admin) keep the policy above.
//
// No Report-Only policy goes alongside. The strict one (script-src without 'unsafe-inline') would report every
// payload script of every page view, so it would measure nothing but Next's own design, in every reader's
// console. Trusted Types were tried report-only too: React's dangerouslySetInnerHTML of our highlighted code
// reports on every client-side navigation to a detection. Neither would tell us of a new problem.

export interface HeaderPair {
  key: string;
  value: string;
}

const SELF = "'self'";

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The enforced Content-Security-Policy. Over TLS, plain-http subresources are upgraded. `dev` allows what `next dev` needs. */
export interface PolicyOptions {
  tls: boolean;
  dev: boolean;
  /**
   * The editor's pages (/editor/...): CodeMirror writes its styles into <style> elements (style-mod), which
   * style-src-elem 'self' refuses, leaving the code editors without layout. Those pages allow inline <style> elements;
   * nothing there renders markup anyone typed (MDX is rendered on the server and may hold no HTML).
   */
  codeEditor?: boolean;
}

export function contentSecurityPolicy({ tls, dev, codeEditor = false }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': [SELF],
    'script-src': [SELF, "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'script-src-attr': ["'none'"],
    // Shiki colours tokens with style="" attributes; no page needs a <style> element of its own.
    'style-src': [SELF, "'unsafe-inline'"],
    'style-src-elem': [SELF, ...(codeEditor ? ["'unsafe-inline'"] : [])],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': [SELF, 'data:'],
    'font-src': [SELF],
    'connect-src': [SELF, ...(dev ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': [SELF],
    'form-action': [SELF],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
  };
  if (tls) directives['upgrade-insecure-requests'] = [];
  return policy(directives);
}

export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** Every header but HSTS, which only a response served over TLS may carry. */
export function securityHeaders(options: PolicyOptions): HeaderPair[] {
  const { tls } = options;
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Links out (attack.mitre.org, ...) learn that a reader came from this site, never which page or search.
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    ...(tls ? [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }] : []),
  ];
}

/** A public URL that is https:// means every response is served over TLS, whatever the request says. */
export function servedOverTls(publicUrl: string | undefined): boolean {
  return /^https:\/\//i.test(publicUrl?.trim() ?? '');
}

/**
 * `policy` with scripts limited to our own files, for a page that carries no inline script: a public page once
 * Next's runtime is taken out of it (lib/http/document-response.ts). Injected markup cannot run a script there.
 */
export function withoutInlineScripts(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...values] = directive.split(/\s+/);
      if (name.toLowerCase() !== 'script-src' && name.toLowerCase() !== 'script-src-elem') return directive;
      return [name, ...values.filter((v) => v.toLowerCase() !== "'unsafe-inline'")].join(' ');
    })
    .join('; ');
}
