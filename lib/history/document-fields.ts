// A detection document as the texts a person compares between two revisions: each field, each prose section, the
// Sigma rule, the test plan and samples, and each SIEM variant's query, prose and sources, labelled as the editor
// labels them. Two revisions are compared field by field, so a change shows under the name of what changed.
import { stringify } from 'yaml';
import { type DetectionDocument, PROSE_SECTIONS, VARIANT_SECTIONS } from '../detections/document';

export interface ComparedField {
  key: string;
  label: string;
  text: string;
}

const list = (items: readonly string[]) => items.join('\n');
const yaml = (value: unknown) => (Array.isArray(value) && value.length === 0 ? '' : stringify(value, { lineWidth: 0 }));

export function documentFields(doc: DetectionDocument): ComparedField[] {
  const fields: ComparedField[] = [
    { key: 'title', label: 'Title', text: doc.title },
    { key: 'summary', label: 'Summary', text: doc.summary },
    { key: 'severity', label: 'Severity', text: doc.severity },
    { key: 'confidence', label: 'Confidence', text: doc.confidence },
    { key: 'techniques', label: 'Techniques', text: list(doc.techniques) },
    { key: 'related', label: 'Related detections', text: list(doc.related) },
    {
      key: 'falsePositives',
      label: 'False positives',
      text: doc.falsePositives.map((fp) => `${fp.title}\n  ${fp.detail}`).join('\n'),
    },
    ...PROSE_SECTIONS.map((s) => ({ key: s.field, label: s.heading, text: doc[s.field] })),
    { key: 'sigma', label: 'Sigma rule', text: doc.sigma },
    { key: 'tests', label: 'Test plan', text: yaml(doc.tests) },
    { key: 'samples', label: 'Sample events', text: yaml(doc.samples) },
  ];
  for (const v of doc.variants) {
    const at = `variants.${v.platform}`;
    fields.push({ key: `${at}.query`, label: `${v.platform}: query`, text: v.query });
    for (const s of VARIANT_SECTIONS) {
      fields.push({ key: `${at}.${s.field}`, label: `${v.platform}: ${s.heading}`, text: v[s.field] });
    }
    fields.push({
      key: `${at}.sources`,
      label: `${v.platform}: data sources and tables`,
      text: [...v.dataSources.map((d) => `${d.name} (${d.connector})`), ...v.tables.map((t) => `table ${t}`)].join(
        '\n',
      ),
    });
  }
  return fields;
}
