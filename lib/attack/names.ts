// Gives every technique one name, by rules tried in order, and counts which rule named each one.
//
//  1. mitre                        MITRE's `name` in the source.
//  2. previous-release             MITRE's name for the same ID in the previous release (`name_v18_1_official`, or the
//                                  --with-deprecated-from file), when the ID was active there under the same parent.
//                                  Preferred over ART's text: ART display names are often older or looser wording.
//  3. art-display                  Atomic Red Team's display name, for a top-level technique.
//     art-display-parent-stripped  ART's "Parent: Sub" for a sub-technique, with "Parent: " stripped; the prefix equals
//                                  the parent's resolved name.
//     art-display-prefix-mismatch  as above but the prefix is not the parent's name: the text after the colon is kept.
//     art-display-unprefixed       a sub-technique's ART name with no "Parent:" prefix: kept as is.
// A technique none of these name is an error.
import { SourceError } from '../errors';
import { techniqueUrl } from './ids';
import { type ImportedRelease, NAME_SOURCES, type NameSource, type NameSourceCounts, type Technique } from './types';

export interface NamedTechniques {
  techniques: Technique[];
  sources: Map<string, NameSource>;
  counts: NameSourceCounts;
  warnings: string[];
}

export function emptyCounts(): NameSourceCounts {
  return Object.fromEntries(NAME_SOURCES.map((s) => [s, 0])) as NameSourceCounts;
}

export function resolveNames(release: ImportedRelease, previous?: ImportedRelease): NamedTechniques {
  const earlier = new Map((previous?.techniques ?? []).map((t) => [t.id, t]));
  const resolved = new Map<string, string>();
  const sources = new Map<string, NameSource>();
  const counts = emptyCounts();
  const warnings: string[] = [];

  // Parents sort before their sub-techniques, so a parent's name is settled before a child's prefix is checked.
  const techniques = release.techniques.map((t): Technique => {
    const [name, source] = pick();
    resolved.set(t.id, name);
    sources.set(t.id, source);
    counts[source] += 1;
    return {
      id: t.id,
      name,
      tactics: t.tactics,
      parent: t.parent,
      url: techniqueUrl(t.id),
      revoked: t.revoked,
      deprecated: t.deprecated,
    };

    function pick(): [string, NameSource] {
      if (t.name) return [t.name, 'mitre'];
      const before = earlier.get(t.id);
      const beforeName =
        before && !before.revoked && !before.deprecated && before.parent === t.parent ? before.name : null;
      if (beforeName && t.previousName && beforeName !== t.previousName) {
        warnings.push(
          `${t.id}: "${t.previousName}" (${release.file}) differs from "${beforeName}" (${previous?.file}); using the latter`,
        );
      }
      if (beforeName) return [beforeName, 'previous-release'];
      // An embedded previous name counts only when no previous-release file is at hand to contradict it.
      if (t.previousName && !previous) return [t.previousName, 'previous-release'];
      if (t.previousName)
        warnings.push(
          `${t.id}: ${release.file} gives previous name "${t.previousName}" but ${previous?.file} has no active ${t.id} with parent ${String(t.parent)}; ignored`,
        );
      if (t.artDisplayName) return fromArt(t.artDisplayName.trim());
      throw new SourceError(
        'ATTACK_NO_NAME',
        `${t.id}: no name (MITRE name, previous-release name and ART display name are all missing)`,
        { file: release.file },
      );
    }

    function fromArt(art: string): [string, NameSource] {
      if (!t.parent) return [art, 'art-display'];
      const parentName = resolved.get(t.parent) ?? '';
      if (art.startsWith(`${parentName}:`) && art.length > parentName.length + 1) {
        return [art.slice(parentName.length + 1).trim(), 'art-display-parent-stripped'];
      }
      const split = /^(.+?)\s*:\s*(.+)$/.exec(art);
      if (split?.[1] && split[2]) {
        warnings.push(
          `${t.id}: ART name "${art}" has prefix "${split[1]}", not the parent's name "${parentName}"; kept "${split[2]}"`,
        );
        return [split[2], 'art-display-prefix-mismatch'];
      }
      warnings.push(`${t.id}: ART name "${art}" has no "${parentName}: " prefix; kept as is`);
      return [art, 'art-display-unprefixed'];
    }
  });
  return { techniques, sources, counts, warnings };
}
