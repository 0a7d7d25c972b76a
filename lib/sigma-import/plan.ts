import { type Finding, finding, type Position } from '../sigma/findings';
import { type CatalogState, type ExistingDetection, SIGMA_IMPORT_SOURCE } from './catalog-state';
import type { RuleFields } from './fields';
import type { ImportedRule, RejectedFile } from './report';
import { chooseSlug } from './slug';

export interface ValidRule {
  file: string;
  fields: RuleFields;
  warnings: Finding[];
  idAt: Position;
}

export interface PlannedWrite {
  action: 'create' | 'update';
  file: string;
  slug: string;
  fields: RuleFields;
  /** Technique ids from the tags that the Technique table has, sorted. */
  techniques: string[];
  warnings: Finding[];
  existing?: ExistingDetection;
}

export interface ImportPlan {
  writes: PlannedWrite[];
  unchanged: ImportedRule[];
  rejected: RejectedFile[];
}

/**
 * Decides, before anything is written, what each valid rule does: create, update, nothing, or reject. Rules
 * come in file order; a slug or id claimed earlier in the run counts as taken, so the plan is the same every run.
 */
export function planImport(rules: readonly ValidRule[], state: CatalogState): ImportPlan {
  const plan: ImportPlan = { writes: [], unchanged: [], rejected: [] };
  const slugOwners = new Map<string, string | null>([...state.bySlug].map(([slug, d]) => [slug, d.sigmaId]));
  const claimedIds = new Map<string, string>();

  for (const rule of rules) {
    const { sigmaId } = rule.fields;
    const refuse = (code: string, message: string): void => {
      plan.rejected.push({
        file: rule.file,
        reasons: [finding({ code, severity: 'error', path: 'id', message, at: rule.idAt })],
      });
    };
    const earlier = claimedIds.get(sigmaId);
    if (earlier) {
      refuse(
        'IMPORT_DUPLICATE_ID',
        `id ${sigmaId} is also the id of ${earlier}, imported from there in this run; ids must be unique`,
      );
      continue;
    }
    const existing = state.bySigmaId.get(sigmaId);
    if (existing && existing.source !== SIGMA_IMPORT_SOURCE) {
      refuse(
        'IMPORT_NOT_OURS',
        `detection '${existing.slug}' (source: ${existing.source}) already has id ${sigmaId}; the import never overwrites a detection it did not create`,
      );
      continue;
    }
    const techniques = rule.fields.tagTechniques.filter((id) => state.techniqueIds.has(id));
    if (existing) {
      claimedIds.set(sigmaId, rule.file);
      const imported: ImportedRule = { file: rule.file, slug: existing.slug, sigmaId, warnings: rule.warnings };
      if (existing.contentHash === rule.fields.contentHash && existing.techniques.join() === techniques.join())
        plan.unchanged.push(imported);
      else
        plan.writes.push({
          action: 'update',
          file: rule.file,
          slug: existing.slug,
          fields: rule.fields,
          techniques,
          warnings: rule.warnings,
          existing,
        });
      continue;
    }
    const slug = chooseSlug(rule.file, sigmaId, (s) => slugOwners.get(s));
    if (!slug) {
      refuse('IMPORT_NO_SLUG', `every slug derived from the file name and id is taken by another detection`);
      continue;
    }
    claimedIds.set(sigmaId, rule.file);
    slugOwners.set(slug, sigmaId);
    plan.writes.push({
      action: 'create',
      file: rule.file,
      slug,
      fields: rule.fields,
      techniques,
      warnings: rule.warnings,
    });
  }
  return plan;
}
