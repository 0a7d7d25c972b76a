// What a client of the portal sees of the catalog, fetched as a client would: a search through the API (every page
// of it), a rule file, a zip opened with the library the portal writes it with. Each call comes from a loopback
// address of its own (support/servers.ts), so the per-client limits other specs exercise never refuse it.
import { createHash } from 'node:crypto';
import { expect } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { Manifest } from '../../lib/bundles/manifest';
import { urls } from '../../lib/urls';
import { freshClient, type Sent, send } from './servers';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** GET `path` as a new client; fails the test, with the body, on anything but `status`. */
export async function fetchAs(path: string, status = 200): Promise<Sent> {
  const res = await send({ path, from: freshClient() });
  expect(res.status, `${path}: ${res.body.slice(0, 300)}`).toBe(status);
  return res;
}

export interface ApiHit {
  slug: string;
  title: string;
  techniques: string[];
  severity: string;
  links: { html: string; rule: string; api: string };
}

/** Every detection GET /api/v1/detections lists for `params`, in its order, every page of it. */
export async function searchAll(params: Record<string, string>): Promise<ApiHit[]> {
  const hits: ApiHit[] = [];
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({ ...params, pageSize: '100', page: String(page) });
    const body = JSON.parse((await fetchAs(`${urls.api.detections()}?${query}`)).body) as {
      data: ApiHit[];
      total: number;
    };
    hits.push(...body.data);
    if (hits.length >= body.total || !body.data.length) {
      expect(hits).toHaveLength(body.total);
      return hits;
    }
  }
}

/** The entries of a zip by name; throws (fflate's message) when it is not a well-formed zip. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** The slugs whose rule files a bundle holds, sorted. */
export const slugsInZip = (zip: Uint8Array) =>
  [...unzip(zip).keys()]
    .filter((name) => name !== 'manifest.json')
    .map((name) => name.replace(/\.yml$/, ''))
    .sort();

/**
 * Holds a rules bundle to its promises: each rule file is the bytes of its single download, manifest.json lists
 * exactly those files with their true hashes and sizes, and nothing else is in the zip. Returns the manifest.
 */
export async function expectBundleOfSingleDownloads(zip: Uint8Array): Promise<Manifest> {
  const entries = unzip(zip);
  const raw = entries.get('manifest.json');
  expect(raw, 'manifest.json in the bundle').toBeDefined();
  const manifest = JSON.parse(Buffer.from(raw as Uint8Array).toString('utf8')) as Manifest;
  expect(manifest.count).toBe(manifest.rules.length);
  expect([...entries.keys()].sort()).toEqual([...manifest.rules.map((r) => r.file), 'manifest.json'].sort());
  for (const rule of manifest.rules) {
    const bytes = entries.get(rule.file) as Uint8Array;
    expect(rule.file).toBe(`${rule.slug}.yml`);
    expect(rule.url).toBe(urls.ruleFile(rule.slug));
    expect(sha256(bytes), `sha-256 of ${rule.file}`).toBe(rule.sha256);
    expect(bytes.byteLength, `size of ${rule.file}`).toBe(rule.bytes);
    const single = await fetchAs(rule.url);
    expect(Buffer.compare(Buffer.from(bytes), single.bytes), `${rule.file} against ${rule.url}`).toBe(0);
    const ids = [...single.body.matchAll(/^id:\s*([0-9a-f-]{36})\s*$/gm)].map((m) => m[1]);
    expect(rule.sigmaIds, `Sigma ids of ${rule.file}`).toEqual(ids);
  }
  return manifest;
}

/**
 * Runs `act` between two `read`s of the catalog and expects what it answered (seen through `view`) to be the catalog
 * as it was on one side or the other: other specs publish and withdraw detections while this one runs. A change
 * that comes and goes inside the window can match neither, so it tries three times before failing. Returns what
 * `act` answered.
 */
export async function matchesCatalog<A, T>(
  read: () => Promise<T>,
  act: () => Promise<A>,
  view: (answer: A) => T,
): Promise<A> {
  let last: { answer: A; sides: T[] } | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await read();
    const answer = await act();
    const sides = [before, await read()];
    const seen = JSON.stringify(view(answer));
    if (sides.some((side) => JSON.stringify(side) === seen)) return answer;
    last = { answer, sides };
  }
  expect(last?.sides, 'the answer against the catalog before and after it').toContainEqual(view(last?.answer as A));
  return last?.answer as A;
}
