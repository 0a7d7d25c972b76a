// The import as one function: read the current release (and optionally an older one), name every technique, add the
// older release's retired IDs, and produce the catalog and its exact bytes.
import { basename } from 'node:path';
import { SourceError } from '../errors';
import { attackCatalogSchema } from './catalog-schema';
import { compareTechniqueIds } from './ids';
import { describeIssues } from './locate';
import { retiredFrom } from './merge';
import { resolveNames } from './names';
import { readRelease } from './read';
import type { AttackCatalogFile, NameSourceCounts } from './types';
import { serializeCatalog } from './write';

export interface ImportOptions {
  file: string;
  tacticsFile?: string;
  attackVersion?: string;
  /** Older release whose revoked/deprecated (and since-dropped) IDs are kept, flagged. */
  withDeprecatedFrom?: string;
  previousVersion?: string;
}

export interface ImportResult {
  catalog: AttackCatalogFile;
  text: string;
  counts: NameSourceCounts;
  warnings: string[];
}

const NAME_RULES =
  "nameSources counts the rule that named each technique, tried in this order: mitre (MITRE's name in the source); " +
  "previous-release (MITRE's name for the same ID, active under the same parent, in the previous release); " +
  "art-display (Atomic Red Team's display name, top-level technique); art-display-parent-stripped (ART's " +
  '"Parent: Sub" with the prefix checked against the parent\'s name and removed); art-display-prefix-mismatch / ' +
  "art-display-unprefixed (ART name whose prefix is not the parent's name / that has none); previous-release-retired " +
  '(revoked/deprecated entries carried from the previous release under their name there).';

export function importAttack(options: ImportOptions): ImportResult {
  const current = readRelease(options.file, { tacticsFile: options.tacticsFile, version: options.attackVersion });
  if (!current.version) {
    throw new SourceError('ATTACK_VERSION', 'the file does not state its ATT&CK version: pass --attack-version', {
      file: options.file,
    });
  }
  const previous = options.withDeprecatedFrom
    ? readRelease(options.withDeprecatedFrom, { version: options.previousVersion, namesOnly: true })
    : undefined;
  const named = resolveNames(current, previous);
  const retired = previous ? retiredFrom(previous, named.techniques, basename(current.file)) : undefined;
  const counts = { ...named.counts, 'previous-release-retired': retired?.techniques.length ?? 0 };

  const catalog: AttackCatalogFile = {
    version: current.version,
    source:
      `ATT&CK Enterprise ${current.version}: ${current.source}` +
      (previous
        ? `; retired IDs from ${previous.version ? `ATT&CK ${previous.version}: ` : ''}${previous.source}`
        : ''),
    generatedBy: 'npm run import:attack',
    notes: [
      "Facts only: IDs, names, tactic membership and order, parents, URLs, revoked/deprecated flags. MITRE's descriptions are not carried.",
      "URLs are built from the IDs in attack.mitre.org's canonical form.",
      ...current.notes,
      NAME_RULES,
      ...(retired?.notes ?? []),
    ],
    nameSources: counts,
    tactics: current.tactics,
    techniques: [...named.techniques, ...(retired?.techniques ?? [])].sort((a, b) => compareTechniqueIds(a.id, b.id)),
  };
  // The file is checked as the loader will check it, so a bad import fails here and not on the site.
  const checked = attackCatalogSchema.safeParse(catalog);
  if (!checked.success)
    throw new SourceError('ATTACK_CATALOG', describeIssues(checked.error.issues), { file: options.file });
  const warnings = [...current.warnings, ...(previous?.warnings ?? []), ...named.warnings];
  return { catalog, text: serializeCatalog(catalog), counts, warnings };
}
