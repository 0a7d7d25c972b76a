// Where the editor shows each finding of the write API (422) or of the form itself: every finding goes to the one
// place on the page it is about (a field, a code editor's line, a SIEM's tab), never only into a list at the top.
// The test plan is edited as YAML, so a finding on `samples[2].event` is placed at that sample's line in it.

import { parseYamlSource } from '../content/yaml-doc';
import type { DocumentFinding } from '../detections/findings';
import { parsePath } from '../text/yaml-path';
import type { EditorForm } from './form';

/**
 * The place a finding is shown: a top-level field (`title`, `sigma`, `testPlan`, ...), a SIEM's field
 * (`variant:<platform>:<field>`), or `document` when it is about the whole.
 */
export type FindingSlot = string;

export interface PlacedFinding extends DocumentFinding {
  slot: FindingSlot;
}

export const variantSlot = (platform: string, field: string): FindingSlot => `variant:${platform}:${field}`;

const TOP_LEVEL = new Set([
  'slug',
  'title',
  'summary',
  'techniques',
  'severity',
  'confidence',
  'related',
  'falsePositives',
  'overview',
  'investigation',
  'response',
  'hunting',
  'sigma',
  'testPlan',
]);

function testPlanPosition(form: EditorForm, path: Array<string | number>) {
  try {
    return parseYamlSource(form.testPlan, 'tests.yml').positionOf(path);
  } catch {
    return undefined;
  }
}

export function placeFinding(finding: DocumentFinding, form: EditorForm): PlacedFinding {
  const path = finding.field ? parsePath(finding.field) : [];
  const [head, index, field] = path;
  if (head === 'tests' || head === 'samples') {
    const at = testPlanPosition(form, path);
    return { ...finding, slot: 'testPlan', ...(at ? { line: at.line, column: at.column } : {}) };
  }
  if (head === 'variants' && typeof index === 'number') {
    const platform = form.variants[index]?.platform;
    if (platform) return { ...finding, slot: variantSlot(platform, typeof field === 'string' ? field : 'platform') };
  }
  if (typeof head === 'string' && TOP_LEVEL.has(head)) return { ...finding, slot: head };
  return { ...finding, slot: 'document' };
}

export function placeFindings(findings: readonly DocumentFinding[], form: EditorForm): PlacedFinding[] {
  return findings.map((f) => placeFinding(f, form));
}

const NONE: readonly PlacedFinding[] = Object.freeze([]);

/** The findings of one slot; always the same empty list when there are none, so editors are not told twice. */
export function findingsIn(placed: readonly PlacedFinding[], slot: FindingSlot): readonly PlacedFinding[] {
  const found = placed.filter((f) => f.slot === slot);
  return found.length ? found : NONE;
}
