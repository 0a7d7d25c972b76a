import { describe, expect, it } from 'vitest';
import { documentHash } from '../store';
import type { CatalogState, ExistingDetection } from './catalog-state';
import type { RuleFields } from './fields';
import { planImport, type ValidRule } from './plan';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';
const SOURCE = 'sigmahq';

function rule(file: string, sigmaId: string, text = file, tagTechniques: string[] = ['T1020']): ValidRule {
  const fields: RuleFields = {
    sigmaId,
    document: {
      title: file,
      summary: file,
      severity: 'medium',
      confidence: 'low',
      related: [],
      falsePositives: [],
      overview: file,
      investigation: '',
      response: '',
      hunting: '',
      sigma: text,
      tests: [],
      samples: [],
      variants: [],
    },
    tagTechniques,
    rules: [],
  };
  return { file, fields, warnings: [], idAt: { line: 2, column: 1 } };
}

/** The hash the store keeps for what `r` becomes under `slug` with `techniques`. */
const stored = (r: ValidRule, slug: string, techniques: string[]) =>
  documentHash({ ...r.fields.document, slug, techniques });

function state(rows: Array<Partial<ExistingDetection> & Pick<ExistingDetection, 'slug'>>, techniques = ['T1020']) {
  const s: CatalogState = { bySlug: new Map(), bySigmaId: new Map(), techniqueIds: new Set(techniques) };
  rows.forEach((r, i) => {
    const row: ExistingDetection = { id: `d${i}`, sigmaId: null, source: SOURCE, contentHash: '', ...r };
    s.bySlug.set(row.slug, row);
    if (row.sigmaId) s.bySigmaId.set(row.sigmaId, row);
  });
  return s;
}

const summary = (plan: ReturnType<typeof planImport>) => ({
  writes: plan.writes.map((w) => `${w.action} ${w.slug} ${w.document.techniques.join(',')}`),
  unchanged: plan.unchanged.map((u) => u.slug),
  rejected: plan.rejected.map((r) => `${r.file} ${r.reasons.map((x) => x.code).join()}`),
});

describe('planImport', () => {
  it('creates new rules, keeping only techniques our catalog has', () => {
    const plan = planImport([rule('x/one_rule.yml', A, 'h', ['T1020', 'T9999'])], state([]), SOURCE);
    expect(summary(plan)).toEqual({ writes: ['create one-rule T1020'], unchanged: [], rejected: [] });
  });

  it('leaves a rule whose document is unchanged alone, and updates a changed one under its old slug', () => {
    const a = rule('moved/elsewhere.yml', A, 'same');
    const b = rule('b.yml', B, 'new');
    const c = rule('c.yml', C, 'same');
    const existing = state([
      { slug: 'first', sigmaId: A, contentHash: stored(a, 'first', ['T1020']) },
      { slug: 'second', sigmaId: B, contentHash: stored(rule('b.yml', B, 'old'), 'second', ['T1020']) },
      { slug: 'third', sigmaId: C, contentHash: stored(c, 'third', []) },
    ]);
    const plan = planImport([a, b, c], existing, SOURCE);
    // C's text is the same but the Technique table now has its technique: a different document, worth a revision.
    expect(summary(plan)).toEqual({
      writes: ['update second T1020', 'update third T1020'],
      unchanged: ['first'],
      rejected: [],
    });
  });

  it('gives a slug held by another rule or a hand-written detection a suffix from the id', () => {
    const existing = state([{ slug: 'taken', sigmaId: null, source: 'tripline' }]);
    const plan = planImport(
      [rule('taken.yml', A), rule('dir1/same.yml', B), rule('dir2/same.yml', C)],
      existing,
      SOURCE,
    );
    expect(summary(plan).writes).toEqual([
      'create taken-aaaaaaaa T1020',
      'create same T1020',
      'create same-cccccccc T1020',
    ]);
  });

  it('never touches a detection it did not import, and refuses a second file with an id already used in this run', () => {
    const existing = state([{ slug: 'hand-written', sigmaId: A, source: 'tripline' }]);
    const plan = planImport([rule('a.yml', A), rule('b.yml', B), rule('b-copy.yml', B)], existing, SOURCE);
    expect(summary(plan)).toEqual({
      writes: ['create b T1020'],
      unchanged: [],
      rejected: ['a.yml IMPORT_NOT_OURS', 'b-copy.yml IMPORT_DUPLICATE_ID'],
    });
    expect(plan.rejected[0]?.reasons[0]?.message).toContain("detection 'hand-written' (source: tripline)");
    expect(plan.rejected[1]?.reasons[0]).toMatchObject({ path: 'id', line: 2, column: 1 });
  });

  it('does not update a rule another collection imported', () => {
    const existing = state([{ slug: 'theirs', sigmaId: A, source: 'other-repo' }]);
    expect(summary(planImport([rule('a.yml', A)], existing, SOURCE)).rejected).toEqual(['a.yml IMPORT_NOT_OURS']);
  });
});
