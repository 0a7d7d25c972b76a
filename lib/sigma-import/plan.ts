import type { DetectionDocument } from '../detections/document';
import type { RuleDocument } from '../detections/rule-documents';
import { type Finding, finding, type Position } from '../sigma/findings';
import { documentHash } from '../store';
import type { CatalogState, ExistingDetection } from './catalog-state';
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
  sigmaId: string;
  /** The whole document, slug decided and techniques narrowed to those the Technique table has. */
  document: DetectionDocument;
  rules: RuleDocument[];
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
 * `source` names the collection: the import only ever changes detections it created from that collection.
 */
export function planImport(rules: readonly ValidRule[], state: CatalogState, source: string): ImportPlan {
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
    if (existing && existing.source !== source) {
      refuse(
        'IMPORT_NOT_OURS',
        `detection '${existing.slug}' (source: ${existing.source}) already has id ${sigmaId}; the import never overwrites a detection it did not create`,
      );
      continue;
    }
    const techniques = rule.fields.tagTechniques.filter((id) => state.techniqueIds.has(id));
    const slug = existing?.slug ?? chooseSlug(rule.file, sigmaId, (s) => slugOwners.get(s));
    if (!slug) {
      refuse('IMPORT_NO_SLUG', `every slug derived from the file name and id is taken by another detection`);
      continue;
    }
    claimedIds.set(sigmaId, rule.file);
    slugOwners.set(slug, sigmaId);
    const document: DetectionDocument = { ...rule.fields.document, slug, techniques };
    const write = { file: rule.file, slug, sigmaId, document, rules: rule.fields.rules, warnings: rule.warnings };
    if (!existing) plan.writes.push({ action: 'create', ...write });
    else if (existing.contentHash === documentHash(document)) {
      plan.unchanged.push({ file: rule.file, slug, sigmaId, warnings: rule.warnings });
    } else plan.writes.push({ action: 'update', ...write, existing });
  }
  return plan;
}
