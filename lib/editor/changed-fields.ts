// What someone else changed: after a refused save (412), the editor loads the newest version and names the fields in
// which it differs from the person's own unsaved text, which stays available to put back.
import type { EditorForm } from './form';

const LABELS: Record<Exclude<keyof EditorForm, 'variants'>, string> = {
  slug: 'Slug',
  title: 'Title',
  summary: 'Summary',
  techniques: 'Techniques',
  severity: 'Severity',
  confidence: 'Confidence',
  related: 'Related detections',
  falsePositives: 'False positives',
  overview: 'Overview',
  investigation: 'Investigation guide',
  response: 'Response playbook',
  hunting: 'Hunting queries',
  sigma: 'Sigma rule',
  testPlan: 'Test plan',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedFields(mine: EditorForm, theirs: EditorForm): string[] {
  const changed = (Object.keys(LABELS) as Array<keyof typeof LABELS>)
    .filter((k) => !same(mine[k], theirs[k]))
    .map((k) => LABELS[k]);
  const platforms = [...new Set([...mine.variants, ...theirs.variants].map((v) => v.platform))].sort();
  for (const p of platforms) {
    const a = mine.variants.find((v) => v.platform === p);
    const b = theirs.variants.find((v) => v.platform === p);
    if (!same(a, b)) changed.push(`${p} query and notes`);
  }
  return changed;
}
