import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest, ManifestRule } from './manifest';

/**
 * manifest.json of a bundle, written to a temporary file as the rule files stream past and read back in chunks at
 * the end: it lists every rule, so held in memory it would grow with the catalog (about 1.4 KB a rule), and the
 * bundle would no longer be streamed in constant memory. Its bytes are those of `JSON.stringify(manifest, null, 2)`.
 */
export interface ManifestSpool {
  add(rule: ManifestRule): Promise<void>;
  /** The whole manifest, its head (count included) first, then the rules as spooled. */
  read(head: Omit<Manifest, 'rules'>): AsyncIterable<Uint8Array>;
  /** Removes the temporary file; safe to call more than once, and after a failure. */
  remove(): Promise<void>;
}

const encoder = new TextEncoder();
// One rule as JSON.stringify(manifest, null, 2) writes it inside the "rules" array: four spaces deep.
const ruleText = (rule: ManifestRule) => JSON.stringify(rule, null, 2).replace(/^/gm, '    ');

export async function manifestSpool(): Promise<ManifestSpool> {
  const dir = await mkdtemp(join(tmpdir(), 'tripline-manifest-'));
  const path = join(dir, 'rules.json');
  const out = createWriteStream(path);
  let failure: Error | null = null;
  out.on('error', (error) => {
    failure = error;
  });
  let count = 0;
  const check = () => {
    if (failure) throw new Error(`the bundle's manifest could not be written to ${path}: ${failure.message}`);
  };
  return {
    async add(rule) {
      check();
      if (!out.write(`${count++ === 0 ? '' : ',\n'}${ruleText(rule)}`)) await once(out, 'drain');
    },
    async *read(head) {
      out.end();
      if (!out.writableFinished) await once(out, 'finish');
      check();
      const empty = `${JSON.stringify({ ...head, rules: [] }, null, 2)}\n`;
      if (count === 0) {
        yield encoder.encode(empty);
        return;
      }
      // The head as JSON.stringify writes it, up to the rules' opening bracket.
      yield encoder.encode(`${empty.slice(0, empty.lastIndexOf('[]'))}[\n`);
      for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) yield chunk as Buffer;
      yield encoder.encode('\n  ]\n}\n');
    },
    async remove() {
      out.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
