// Serialises the catalog the same way every time, so re-running the import gives identical bytes and small diffs.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compareTechniqueIds } from './ids';
import { type AttackCatalogFile, NAME_SOURCES } from './types';

/** Rebuilds every object with a fixed key order (insertion order is what JSON.stringify follows). */
export function serializeCatalog(file: AttackCatalogFile): string {
  const ordered: AttackCatalogFile = {
    version: file.version,
    source: file.source,
    generatedBy: file.generatedBy,
    notes: [...file.notes],
    nameSources: Object.fromEntries(
      NAME_SOURCES.map((s) => [s, file.nameSources[s]]),
    ) as AttackCatalogFile['nameSources'],
    tactics: [...file.tactics]
      .sort((a, b) => a.order - b.order)
      .map((t) => ({ id: t.id, shortname: t.shortname, name: t.name, url: t.url, order: t.order })),
    techniques: [...file.techniques]
      .sort((a, b) => compareTechniqueIds(a.id, b.id))
      .map((t) => ({
        id: t.id,
        name: t.name,
        tactics: [...t.tactics],
        parent: t.parent,
        url: t.url,
        revoked: t.revoked,
        deprecated: t.deprecated,
      })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Writes beside the target and renames over it: readers see the old file or the new one, never half of one. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
