// Adds the IDs a newer release no longer lists as active, taken from an older release, so that old tags (in Sigma
// rules, say) look up as revoked/deprecated instead of unknown.
import { SourceError } from '../errors';
import { compareTechniqueIds, techniqueUrl } from './ids';
import type { ImportedRelease, Technique } from './types';

export interface Retired {
  techniques: Technique[];
  /** IDs that were active in the older release and are missing from the newer one, so flagged revoked by inference. */
  inferred: string[];
  notes: string[];
}

export function retiredFrom(previous: ImportedRelease, current: Technique[], currentSource: string): Retired {
  const known = new Set(current.map((t) => t.id));
  const techniques: Technique[] = [];
  const inferred: string[] = [];
  let revoked = 0;
  let deprecated = 0;
  for (const t of previous.techniques) {
    if (known.has(t.id)) continue;
    if (!t.name)
      throw new SourceError('ATTACK_NO_NAME', `${t.id}: no MITRE name in the previous release`, {
        file: previous.file,
      });
    const absent = !t.revoked && !t.deprecated;
    if (absent) inferred.push(t.id);
    if (t.revoked) revoked += 1;
    if (t.deprecated) deprecated += 1;
    // Tactics are dropped: they belong to the older matrix, and some (defense-evasion) no longer exist.
    techniques.push({
      id: t.id,
      name: t.name,
      tactics: [],
      parent: t.parent,
      url: techniqueUrl(t.id),
      revoked: t.revoked || absent,
      deprecated: t.deprecated,
    });
  }
  const from = previous.version ? `ATT&CK ${previous.version}, ${previous.source}` : previous.source;
  const notes = [
    `${techniques.length} retired techniques come from ${from}: ${revoked} flagged revoked and ${deprecated} flagged deprecated there` +
      (inferred.length ? `, ${inferred.length} active there but absent from the current release` : '') +
      ". They keep that release's name and list no tactics.",
  ];
  if (inferred.length) {
    notes.push(
      `Flagged revoked by inference: active in ${previous.version ?? 'the previous release'} but missing from ${currentSource}, ` +
        `which does not list them at all (MITRE's exact status for them was not read): ${inferred.sort(compareTechniqueIds).join(', ')}.`,
    );
  }
  return { techniques, inferred, notes };
}
