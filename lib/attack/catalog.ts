// Loads the project's ATT&CK catalog (written by `npm run import:attack`) with lookups by ID and tactic shortname.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceError } from '../errors';
import { attackCatalogSchema } from './catalog-schema';
import { describeIssues } from './locate';
import type { Tactic, Technique } from './types';

export { isTechniqueId, techniqueUrl } from './ids';
export type { AttackCatalogFile, Tactic, Technique } from './types';

export const DEFAULT_CATALOG_PATH = 'content/attack/enterprise-attack.json';

export interface AttackCatalog {
  version: string;
  source: string;
  tactics: Tactic[];
  techniques: Technique[];
  byId: Map<string, Technique>;
  tacticByShortname: Map<string, Tactic>;
}

export type TechniqueStatus = 'active' | 'revoked' | 'deprecated' | 'unknown';

const cache = new Map<string, AttackCatalog>();

/** Reads and validates the catalog once per absolute path; later calls return the same object. */
export function loadAttackCatalog(path: string = DEFAULT_CATALOG_PATH): AttackCatalog {
  // Read at run time from the checkout (`next start` runs in it): not something for Next's bundler to trace.
  const file = resolve(/*turbopackIgnore: true*/ path);
  const cached = cache.get(file);
  if (cached) return cached;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8'));
  } catch (error) {
    throw new SourceError(
      'ATTACK_CATALOG_READ',
      `cannot load the ATT&CK catalog: ${error instanceof Error ? error.message : String(error)}`,
      { file: path },
    );
  }
  const parsed = attackCatalogSchema.safeParse(data);
  if (!parsed.success) {
    throw new SourceError('ATTACK_CATALOG', `invalid ATT&CK catalog: ${describeIssues(parsed.error.issues)}`, {
      file: path,
    });
  }
  const { version, source, tactics, techniques } = parsed.data;
  const catalog: AttackCatalog = {
    version,
    source,
    tactics,
    techniques,
    byId: new Map(techniques.map((t) => [t.id, t])),
    tacticByShortname: new Map(tactics.map((t) => [t.shortname, t])),
  };
  cache.set(file, catalog);
  return catalog;
}

/** What an ID in a tag means now: a current technique, a retired one, or nothing ATT&CK knows. */
export function techniqueStatus(catalog: AttackCatalog, id: string): TechniqueStatus {
  const technique = catalog.byId.get(id.toUpperCase());
  if (!technique) return 'unknown';
  if (technique.revoked) return 'revoked';
  if (technique.deprecated) return 'deprecated';
  return 'active';
}
