import type { Manifest, ManifestRule } from './manifest';
import { tempSpool } from './temp-spool';

/**
 * manifest.json of a bundle, spooled to a temporary file as the rule files stream past and read back in chunks at
 * the end: it lists every rule, so held in memory it would grow with the catalog (about 1.4 KB a rule).
 * Its bytes are those of `JSON.stringify(manifest, null, 2)`.
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
  const spool = await tempSpool('manifest');
  let count = 0;
  return {
    async add(rule) {
      await spool.write(`${count++ === 0 ? '' : ',\n'}${ruleText(rule)}`);
    },
    async *read(head) {
      const empty = `${JSON.stringify({ ...head, rules: [] }, null, 2)}\n`;
      if (count === 0) {
        yield encoder.encode(empty);
        return;
      }
      // The head as JSON.stringify writes it, up to the rules' opening bracket.
      yield encoder.encode(`${empty.slice(0, empty.lastIndexOf('[]'))}[\n`);
      yield* spool.read();
      yield encoder.encode('\n  ]\n}\n');
    },
    remove: () => spool.remove(),
  };
}
