// The bundle's entries and manifest from pages of rules, without a database (the route test reads a real one).
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BundleRule } from '../queries/bundle-rule-pages';
import type { SearchQuery } from '../search/params';
import type { Manifest } from './manifest';
import { bundleEntries } from './rules-bundle';
import { zipStream } from './zip-stream';

const rule = (slug: string, yaml: string, day: number): BundleRule => ({
  slug,
  title: `Title of ${slug}`,
  severity: 'high',
  sigmaId: null,
  sigmaYaml: yaml,
  updatedAt: new Date(Date.UTC(2026, 10, day)),
  rules: [{ id: `${slug}-aws` }, { id: `${slug}-azure` }],
  techniques: [{ techniqueId: 'T1020' }, { techniqueId: 'T1020.001' }],
});

async function* pagesOf(...pages: BundleRule[][]) {
  yield* pages;
}

async function unzip(stream: ReadableStream<Uint8Array>) {
  return unzipSync(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('bundleEntries', () => {
  const query: SearchQuery = { q: 'mirror', technique: 'T1020', page: 3 };

  it('puts each rule file under its slug, then a manifest listing and hashing each', async () => {
    const files = await unzip(
      zipStream(
        bundleEntries(pagesOf([rule('a', 'title: A\n', 2)], [rule('b', 'title: Bé\n', 5), rule('c', '', 1)]), query),
      ),
    );
    expect(Object.keys(files)).toEqual(['a.yml', 'b.yml', 'c.yml', 'manifest.json']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
    expect(manifest).toMatchObject({ generator: 'Tripline', filters: { q: 'mirror', technique: 'T1020' }, count: 3 });
    expect(manifest.rules[1]).toEqual({
      slug: 'b',
      file: 'b.yml',
      sigmaIds: ['b-aws', 'b-azure'],
      title: 'Title of b',
      techniques: ['T1020', 'T1020.001'],
      level: 'high',
      sha256: createHash('sha256').update('title: Bé\n').digest('hex'),
      bytes: 11,
      url: '/rules/b.yml',
    });
    expect(Buffer.from(files['b.yml'] ?? []).toString('utf8')).toBe('title: Bé\n');
  });

  it('dates each file by its rule and the manifest by the newest rule, so the bytes depend on content alone', async () => {
    const entries = [];
    for await (const e of bundleEntries(pagesOf([rule('a', 'x', 2), rule('b', 'y', 5)]), query)) entries.push(e);
    expect(entries.map((e) => [e.name, e.mtime.toISOString().slice(0, 10)])).toEqual([
      ['a.yml', '2026-11-02'],
      ['b.yml', '2026-11-05'],
      ['manifest.json', '2026-11-05'],
    ]);
  });

  it('asks for the next page only after the files of the last one have been taken', async () => {
    const asked: number[] = [];
    async function* pages() {
      for (const n of [1, 2, 3]) {
        asked.push(n);
        yield [rule(`r${n}`, 'title: x\n'.repeat(100), n)];
      }
    }
    const reader = zipStream(bundleEntries(pages(), query)).getReader();
    await reader.read();
    expect(asked).toEqual([1]);
    await reader.cancel();
  });
});
