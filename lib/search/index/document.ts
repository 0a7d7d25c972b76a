// What the search index holds for one detection, in four columns ranked from most to least telling: the title;
// identifiers (techniques and their names, rule ids, event and API names, data sources, tables, log sources);
// prose (summary, sections, false positives, test plans, query notes); code (the Sigma rule and every query).
import type { Prisma } from '../../generated/sqlite/client';
import { camelParts } from './words';

export const INDEX_ROW = {
  id: true,
  slug: true,
  title: true,
  status: true,
  severity: true,
  source: true,
  summary: true,
  overviewMdx: true,
  investigationMdx: true,
  responseMdx: true,
  huntingMdx: true,
  falsePositives: true,
  sigmaYaml: true,
  rules: { select: { id: true, title: true, logsource: true }, orderBy: { order: 'asc' } },
  techniques: {
    select: {
      technique: {
        select: {
          id: true,
          name: true,
          parent: { select: { name: true } },
          tactics: { select: { tactic: { select: { shortname: true } } } },
        },
      },
    },
    orderBy: { techniqueId: 'asc' },
  },
  variants: {
    select: {
      platformSlug: true,
      query: true,
      descriptionMdx: true,
      tuningMdx: true,
      tables: true,
      dataSources: { select: { connector: true, dataSource: { select: { name: true } } }, orderBy: { order: 'asc' } },
    },
    orderBy: { platformSlug: 'asc' },
  },
  conversions: {
    select: { dataSources: true, tables: true },
    orderBy: [{ platformSlug: 'asc' }, { ruleIndex: 'asc' }],
  },
  testCases: {
    select: {
      name: true,
      behaviour: true,
      logSource: true,
      eventNames: true,
      fields: true,
      signal: true,
      atomicRef: true,
    },
    orderBy: { order: 'asc' },
  },
} satisfies Prisma.DetectionSelect;

export type IndexRow = Prisma.DetectionGetPayload<{ select: typeof INDEX_ROW }>;

export interface SearchDocument {
  detectionId: string;
  title: string;
  ids: string;
  prose: string;
  code: string;
  key: SearchKey;
}

/**
 * What filters, counts per filter value and the order of results read, kept on the detection's narrow key row so a
 * search never reads the Detection row, its variants or its techniques. Lists are space-bounded (" a b ") so a value
 * is found whole with LIKE '% a %' on both databases.
 */
export interface SearchKey {
  status: string;
  severity: string;
  source: string;
  title: string;
  slug: string;
  tactics: string;
  platforms: string;
}

/** A set of values as the key row holds it: sorted, distinct, space-bounded; " " when empty. */
export function keyList(values: Iterable<string>): string {
  const sorted = [...new Set(values)].sort();
  return sorted.length ? ` ${sorted.join(' ')} ` : ' ';
}

/** The LIKE pattern that finds one value in a key row list. Values are slugs; anything LIKE would read is refused. */
export function keyListPattern(value: string): string {
  if (/[%_\\\s]/.test(value)) throw new Error(`search index: "${value}" cannot be looked up in a list (not a slug)`);
  return `% ${value} %`;
}

const strings = (json: unknown): string[] =>
  Array.isArray(json) ? json.filter((x): x is string => typeof x === 'string') : [];

const lines = (parts: Iterable<string | null | undefined>): string =>
  [...new Set([...parts].filter(Boolean))].join('\n');

export function searchDocumentOf(row: IndexRow): SearchDocument {
  const eventNames = row.testCases.flatMap((t) => strings(t.eventNames));
  const falsePositives = Array.isArray(row.falsePositives)
    ? (row.falsePositives as Array<Record<string, unknown>>)
    : [];
  return {
    detectionId: row.id,
    key: {
      status: row.status,
      severity: row.severity,
      source: row.source,
      title: row.title,
      slug: row.slug,
      tactics: keyList(row.techniques.flatMap(({ technique: t }) => t.tactics.map((x) => x.tactic.shortname))),
      platforms: keyList(row.variants.map((v) => v.platformSlug)),
    },
    title: row.title,
    ids: lines([
      row.slug,
      ...row.techniques.flatMap(({ technique: t }) => [t.id, t.name, t.parent?.name]),
      ...row.rules.flatMap((r) => [r.id, r.title, r.logsource]),
      ...eventNames,
      ...eventNames.map((n) => camelParts(n).join(' ')),
      ...row.testCases.flatMap((t) => [t.logSource, t.atomicRef]),
      ...row.variants.flatMap((v) => [
        ...v.dataSources.flatMap((d) => [d.dataSource.name, d.connector]),
        ...strings(v.tables),
      ]),
      ...row.conversions.flatMap((c) => [...strings(c.dataSources), ...strings(c.tables)]),
    ]),
    prose: lines([
      row.summary,
      row.overviewMdx,
      row.investigationMdx,
      row.responseMdx,
      row.huntingMdx,
      ...falsePositives.flatMap((fp) => [String(fp.title ?? ''), String(fp.detail ?? '')]),
      ...row.testCases.flatMap((t) => [t.name, t.behaviour, t.signal]),
      ...row.variants.flatMap((v) => [v.descriptionMdx, v.tuningMdx]),
    ]),
    code: lines([
      row.sigmaYaml,
      ...row.variants.map((v) => v.query),
      ...row.testCases.flatMap((t) => strings(t.fields)),
    ]),
  };
}
