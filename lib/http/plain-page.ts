// The few pages answered before the app renders anything (a broken address, too many requests): plain HTML
// that reads well without our stylesheet or any script, under the same headers as every other page.

import { urls } from '../urls';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export function plainPage(status: number, title: string, message: string, headers: HeadersInit = {}): Response {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Tripline</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${urls.home()}">Tripline home</a> · <a href="${urls.matrix()}">ATT&amp;CK matrix</a></p>
</main>
</body>
</html>
`;
  const all = new Headers(headers);
  all.set('content-type', 'text/html; charset=utf-8');
  all.set('cache-control', 'no-store');
  return new Response(html, { status, headers: all });
}
