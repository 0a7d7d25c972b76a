import type { CoverageRow, NavigatorCoverage } from '../queries/navigator-coverage';
import { describeFilters } from '../search/describe-filters';
import { type SearchQuery, toSearchParams } from '../search/params';
import { urls } from '../urls';
import { colorAt, GRADIENT_COLORS } from './gradient';

// ATT&CK Navigator layer format 4.5 (https://github.com/mitre-attack/attack-navigator/tree/master/layers):
// one entry per technique and tactic it sits under, scored by the number of detections mapped to it.

export const LAYER_FORMAT = '4.5';
export const NAVIGATOR_VERSION = '5.2.0';
/** Past this many, a technique links to the search of all its detections instead of each. */
const MAX_DETECTION_LINKS = 20;

export type LayerLink = { label: string; url: string } | { divider: true };
export interface LayerTechnique {
  techniqueID: string;
  tactic: string;
  score?: number;
  comment: string;
  enabled: true;
  showSubtechniques: boolean;
  metadata: { name: string; value: string }[];
  links: LayerLink[];
}
export interface NavigatorLayer {
  name: string;
  versions: { attack?: string; navigator: string; layer: string };
  domain: 'enterprise-attack';
  description: string;
  sorting: 3;
  layout: { layout: 'side'; aggregateFunction: 'sum'; showID: true; showName: true; showAggregateScores: true };
  hideDisabled: false;
  techniques: LayerTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  metadata: { name: string; value: string }[];
  links: LayerLink[];
  showTacticRowBackground: false;
  selectTechniquesAcrossTactics: true;
  selectSubtechniquesWithParent: false;
  selectVisibleTechniques: false;
}

interface Covered {
  id: string;
  name: string;
  tactics: string[];
  detections: { slug: string; title: string }[];
  parentId: string | null;
}

const tacticsOf = (t: { tactics: { tactic: { shortname: string; order: number } }[] }) =>
  [...t.tactics].sort((a, b) => a.tactic.order - b.tactic.order).map((x) => x.tactic.shortname);

function byTechnique(rows: CoverageRow[]): Map<string, Covered> {
  const covered = new Map<string, Covered>();
  for (const row of rows) {
    const t = row.technique;
    const entry = covered.get(row.techniqueId) ?? {
      id: row.techniqueId,
      name: t.parent ? `${t.parent.name}: ${t.name}` : t.name,
      tactics: tacticsOf(t),
      detections: [],
      parentId: t.parentId,
    };
    entry.detections.push(row.detection);
    covered.set(row.techniqueId, entry);
  }
  return covered;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface LayerOptions {
  query: SearchQuery;
  /** Makes links absolute (TRIPLINE_URL); null leaves them root-relative. */
  link: (path: string) => string;
}

export function navigatorLayer(
  { rows, attackVersion }: NavigatorCoverage,
  { query, link }: LayerOptions,
): NavigatorLayer {
  const covered = byTechnique(rows);
  const detections = new Set(rows.map((r) => r.detection.slug)).size;
  const maxScore = Math.max(1, ...[...covered.values()].map((c) => c.detections.length));
  const withSubs = new Set([...covered.values()].flatMap((c) => (c.parentId ? [c.parentId] : [])));
  const techniques: LayerTechnique[] = [];
  for (const c of covered.values()) {
    const n = c.detections.length;
    const shown = c.detections.slice(0, MAX_DETECTION_LINKS);
    const links: LayerLink[] = [
      { label: `${c.id} on Tripline`, url: link(urls.technique(c.id)) },
      { divider: true },
      ...shown.map((d) => ({ label: d.title, url: link(urls.detection(d.slug)) })),
    ];
    if (n > shown.length) {
      const all = toSearchParams({ ...query, technique: c.id, page: 1 });
      links.push({ label: `All ${plural(n, 'detection')}`, url: link(urls.search(all)) });
    }
    const comment = `${plural(n, 'Tripline detection')}: ${c.detections.map((d) => d.title).join('; ')}`;
    for (const tactic of c.tactics) {
      techniques.push({
        techniqueID: c.id,
        tactic,
        score: n,
        comment,
        enabled: true,
        showSubtechniques: withSubs.has(c.id),
        metadata: [],
        links,
      });
    }
  }
  // A covered sub-technique is only seen in the Navigator with its parent opened.
  const parents = new Map<string, string[]>();
  for (const row of rows) {
    const parent = row.technique.parent;
    if (parent && !covered.has(parent.id)) parents.set(parent.id, tacticsOf(parent));
  }
  for (const [id, tactics] of parents) {
    for (const tactic of tactics) {
      techniques.push({
        techniqueID: id,
        tactic,
        comment: 'Covered through its sub-techniques',
        enabled: true,
        showSubtechniques: true,
        metadata: [],
        links: [{ label: `${id} on Tripline`, url: link(urls.technique(id)) }],
      });
    }
  }
  techniques.sort((a, b) => a.techniqueID.localeCompare(b.techniqueID) || a.tactic.localeCompare(b.tactic));

  const filters = describeFilters(query);
  const legendValues = [...new Set([1, Math.ceil((1 + maxScore) / 2), maxScore])];
  return {
    name: filters ? `Tripline: ${filters}` : 'Tripline detections',
    versions: {
      ...(attackVersion ? { attack: attackVersion.split('.')[0] } : {}),
      navigator: NAVIGATOR_VERSION,
      layer: LAYER_FORMAT,
    },
    domain: 'enterprise-attack',
    description:
      `Techniques covered by ${plural(detections, 'published Tripline detection')}` +
      `${filters ? ` matching ${filters}` : ''}. Score: the number of detections mapped to the technique.`,
    sorting: 3,
    layout: { layout: 'side', aggregateFunction: 'sum', showID: true, showName: true, showAggregateScores: true },
    hideDisabled: false,
    techniques,
    // The format wants maxValue > minValue; from 0, one detection is never the palest colour.
    gradient: { colors: [...GRADIENT_COLORS], minValue: 0, maxValue: maxScore },
    legendItems: legendValues.map((v) => ({ label: plural(v, 'detection'), color: colorAt(v, 0, maxScore) })),
    metadata: attackVersion ? [{ name: 'ATT&CK catalog', value: attackVersion }] : [],
    links: [{ label: 'Search these detections', url: link(urls.search(toSearchParams({ ...query, page: 1 }))) }],
    showTacticRowBackground: false,
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false,
  };
}
