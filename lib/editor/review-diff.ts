// What a reviewer approves: the submitted revision against the published one, field by field, as changed lines with
// a little context (the `diff` library's line diff). A field that did not change is left out.
import { diffLines } from 'diff';
import type { DetectionDocument } from '../detections/document';
import { formOfDocument } from './form';

export interface DiffLine {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

export interface FieldDiff {
  label: string;
  lines: DiffLine[];
}

/** Each field as text a person reads line by line. */
function fieldsOf(doc: DetectionDocument): Array<[string, string]> {
  const form = formOfDocument(doc);
  const fields: Array<[string, string]> = [
    ['Title', form.title],
    ['Summary', form.summary],
    ['Techniques', form.techniques.join('\n')],
    ['Severity', form.severity],
    ['Confidence', form.confidence],
    ['Related detections', form.related.join('\n')],
    ['False positives', form.falsePositives.map((f) => `${f.title}: ${f.detail}`).join('\n')],
    ['Overview', form.overview],
    ['Investigation guide', form.investigation],
    ['Response playbook', form.response],
    ['Hunting queries', form.hunting],
    ['Sigma rule', form.sigma],
    ['Test plan', form.testPlan],
  ];
  for (const v of [...form.variants].sort((a, b) => a.platform.localeCompare(b.platform))) {
    fields.push(
      [`${v.platform} query`, v.query],
      [`${v.platform} data sources`, v.dataSources.map((s) => `${s.name} (${s.connector})`).join('\n')],
      [`${v.platform} tables`, v.tables],
      [`${v.platform}: what the query does`, v.description],
      [`${v.platform}: tuning`, v.tuning],
    );
  }
  return fields;
}

const lines = (text: string) => text.replace(/\n$/, '').split('\n');

/** Changed lines with `context` unchanged lines around each change; longer unchanged runs become one `…`. */
function withContext(all: DiffLine[], context: number): DiffLine[] {
  const near = all.map((_, i) => all.slice(Math.max(0, i - context), i + context + 1).some((l) => l.kind !== 'same'));
  const out: DiffLine[] = [];
  all.forEach((line, i) => {
    if (near[i]) out.push(line);
    else if (out.at(-1)?.text !== '…' || out.at(-1)?.kind !== 'same') out.push({ kind: 'same', text: '…' });
  });
  return out;
}

export function reviewDiff(before: DetectionDocument | null, after: DetectionDocument, context = 2): FieldDiff[] {
  const old = new Map(before ? fieldsOf(before) : []);
  const now = fieldsOf(after);
  const labels = new Set(now.map(([label]) => label));
  // A SIEM taken out: its fields are there before and not after.
  const gone = [...old.keys()].filter((label) => !labels.has(label)).map((label): [string, string] => [label, '']);
  return [...now, ...gone]
    .filter(([label, text]) => (old.get(label) ?? '') !== text)
    .map(([label, text]) => {
      const all = diffLines(old.get(label) ?? '', text).flatMap((part) =>
        part.value === ''
          ? []
          : lines(part.value).map(
              (t): DiffLine => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: t }),
            ),
      );
      return { label, lines: withContext(all, context) };
    });
}
