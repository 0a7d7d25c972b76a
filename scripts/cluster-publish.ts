// For `npm run cluster:test`: publishes a new title of one detection through instance A's write API, then measures
// how long instance B and the caching proxy take to show it. Both have the old page cached first (the proxy says HIT),
// so what is measured is the shared cache's and the proxy's invalidation, not a first render.
//   tsx scripts/cluster-publish.ts --a URL --b URL --proxy URL --token T --slug S
// Prints one JSON line: { title, instanceB, proxy, proxySeed } in milliseconds after the approve answered. Fails
// if a page, once new, is ever old again.
import { parseArgs } from 'node:util';
import { urls } from '../lib/urls';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    proxy: { type: 'string' },
    token: { type: 'string' },
    slug: { type: 'string' },
    platform: { type: 'string', default: 'qradar' },
  },
});
const need = (name: keyof typeof values) => {
  const v = values[name];
  if (!v) throw new Error(`cluster-publish: --${name} is required`);
  return v;
};
const [a, b, proxy, token, slug, platform] = (['a', 'b', 'proxy', 'token', 'slug', 'platform'] as const).map(need) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const auth = { authorization: `Bearer ${token}` };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function call(base: string, path: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(new URL(path, base), { ...init, headers: { ...auth, ...init.headers } });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${base}${path}: ${res.status} ${await res.text()}`);
  return res;
}

async function page(base: string, path: string): Promise<{ html: string; cache: string | null; headers: string }> {
  const res = await fetch(new URL(path, base));
  if (res.status !== 200) throw new Error(`GET ${base}${path}: ${res.status}`);
  const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  return { html: await res.text(), cache: res.headers.get('x-cache'), headers };
}

/**
 * Milliseconds from `since` until `path` at `base` shows `text` (polled every 10 ms, for at most 10 s); then, for
 * two seconds, every answer must still show it: a reader who has seen the new page never gets the old one back.
 */
async function seen(base: string, path: string, text: string, since: number): Promise<number> {
  let first: number | null = null;
  while (first === null && performance.now() - since < 10_000) {
    if ((await page(base, path)).html.includes(text)) first = Math.round(performance.now() - since);
    else await pause(10);
  }
  if (first === null) throw new Error(`${base}${path} still does not show "${text}" 10 s after the publish`);
  const until = performance.now() + 2000;
  while (performance.now() < until) {
    const again = await page(base, path);
    if (!again.html.includes(text))
      throw new Error(`${base}${path} showed "${text}" after ${first} ms, then the old page again (${again.cache})`);
    await pause(50);
  }
  return first;
}

const detectionPage = urls.detection(slug);
const seedPage = urls.variant(slug, platform);

const source = await call(a, urls.api.source(slug));
const etag = source.headers.get('etag') ?? '';
const { document } = (await source.json()) as { document: { title: string } & Record<string, unknown> };
const title = `${document.title.replace(/ Republished \w+$/, '')} Republished ${Date.now().toString(36)}`;

// The old page, cached everywhere: rendered on B (into the shared cache) and stored by the proxy.
for (const path of [detectionPage, seedPage]) {
  await page(b, path);
  // Asked again on one kept-alive, gzip-accepting connection, nginx may miss once more before the entry it just
  // stored is in place (seen with nginx 1.22; curl's fresh connections hit on the second request).
  let again = await page(proxy, path);
  for (let i = 0; i < 20 && again.cache !== 'HIT'; i++) {
    await pause(100);
    again = await page(proxy, path);
  }
  if (again.cache !== 'HIT') throw new Error(`the proxy did not cache ${path}; it answered:\n${again.headers}`);
  if (again.html.includes(title)) throw new Error(`${path} shows the new title before it was published`);
}

const json = { 'content-type': 'application/json' };
const saved = await call(a, urls.api.source(slug), {
  method: 'PUT',
  headers: { ...json, 'if-match': etag },
  body: JSON.stringify({ document: { ...document, title }, message: 'cluster test: a publish on one instance' }),
});
await saved.body?.cancel();
await (await call(a, urls.api.submit(slug), { method: 'POST' })).body?.cancel();
// The approval names the revision saved above (If-Match): the API publishes exactly that one.
await (
  await call(a, urls.api.approve(slug), {
    method: 'POST',
    headers: { ...json, 'if-match': saved.headers.get('etag') ?? '' },
    body: JSON.stringify({ selfApprove: true }),
  })
).body?.cancel();
const published = performance.now();

const [instanceB, viaProxy, proxySeed] = await Promise.all([
  seen(b, detectionPage, title, published),
  seen(proxy, detectionPage, title, published),
  seen(proxy, seedPage, title, published),
]);
console.log(JSON.stringify({ title, instanceB, proxy: viaProxy, proxySeed }));
