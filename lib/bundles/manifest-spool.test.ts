import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestRule } from './manifest';
import { manifestSpool } from './manifest-spool';

const rule = (slug: string): ManifestRule => ({
  slug,
  file: `${slug}.yml`,
  sigmaIds: [`${slug}-1`, `${slug}-2`],
  title: `Détection "${slug}"`,
  techniques: ['T1020'],
  level: 'high',
  sha256: 'ab'.repeat(32),
  bytes: 12,
  url: `/rules/${slug}.yml`,
});

async function text(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts).toString('utf8');
}

const spools = () => readdirSync(tmpdir()).filter((n) => n.startsWith('tripline-manifest-'));

describe('manifestSpool', () => {
  for (const n of [0, 1, 3, 2000]) {
    it(`reads back ${n} rules as the bytes JSON.stringify(manifest, null, 2) gives, and leaves no file`, async () => {
      const before = new Set(spools());
      const spool = await manifestSpool();
      const rules = Array.from({ length: n }, (_, i) => rule(`r${i}`));
      for (const r of rules) await spool.add(r);
      const head = { generator: 'Tripline' as const, filters: { q: 'mirror', technique: 'T1020' }, count: n };
      const manifest: Manifest = { ...head, rules };
      expect(await text(spool.read(head))).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
      const mine = spools().filter((d) => !before.has(d));
      expect(mine).toHaveLength(1);
      await spool.remove();
      await spool.remove();
      expect(existsSync(`${tmpdir()}/${mine[0]}`)).toBe(false);
    });
  }
});
