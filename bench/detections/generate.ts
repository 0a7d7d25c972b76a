// 10,000 realistic detections, the same for the same seed: titles, prose, a Sigma rule per detection on a real log
// source, techniques of the ATT&CK catalog, false positives, a test plan with event names, and for our own
// detections SIEM queries with data sources. Written through the store (lib/store) like any import.
import type { DetectionDocument } from '../../lib/detections/document';
import type { DetectionSource } from '../../lib/vocabulary';
import { seeded } from './random';
import { ACTORS, BENIGN, PLATFORM_SLUGS, SCENARIOS, type Scenario, VERBS } from './scenarios';

const SEVERITIES = ['low', 'medium', 'medium', 'high', 'high', 'critical', 'informational'] as const;

export interface GeneratedDetection {
  document: DetectionDocument;
  source: DetectionSource;
}

const yamlString = (s: string) => JSON.stringify(s);
const bare = (v: string) => v.replace(/^[\\/]/, '');

function sigmaOf(
  s: Scenario,
  id: string,
  title: string,
  value: string,
  extra: string,
  techniques: string[],
  level: string,
) {
  const logsource = [
    `product: ${s.product}`,
    s.service && `service: ${s.service}`,
    s.category && `category: ${s.category}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `title: ${yamlString(title)}
id: ${id}
status: test
description: ${yamlString(`Detects ${bare(value)} ${extra}.`)}
author: Tripline bench
date: 2026-12-01
tags: [${techniques.map((t) => `attack.${t.toLowerCase()}`).join(', ')}]
logsource: { ${logsource} }
detection:
  selection:
    ${s.field}: ${yamlString(value)}
  filter:
    ${s.fields[0]}|contains: ${yamlString(extra.split(' ')[0] ?? 'x')}
  condition: selection and not filter
falsepositives:
  - ${yamlString(BENIGN[id.charCodeAt(0) % BENIGN.length] ?? 'Unknown')}
level: ${level}
`;
}

export function generateDetections(count: number, seed: number, known: ReadonlySet<string>): GeneratedDetection[] {
  const r = seeded(seed);
  const out: GeneratedDetection[] = [];
  for (let i = 0; i < count; i++) {
    const s = r.skewed(SCENARIOS);
    const value = r.skewed(s.values);
    const topic = r.pick(s.topics);
    const techniques = [...new Set([r.pick(s.techniques), r.pick(s.techniques)])].filter((t) => known.has(t)).sort();
    const source: DetectionSource = r.next() < 0.3 ? 'tripline' : 'sigmahq';
    const severity = r.pick(SEVERITIES);
    const name = bare(value)
      .replace(/^MICROSOFT\./, '')
      .split(/[./]/)
      .slice(-2)
      .join(' ');
    const title = `${topic.charAt(0).toUpperCase()}${topic.slice(1)} via ${name} (${i})`.slice(0, 120);
    const actor = r.pick(ACTORS);
    const benign = [r.pick(BENIGN), r.pick(BENIGN)];
    const id = r.uuid();
    const extra = `${r.pick(['from a user profile', 'with an encoded argument', 'outside business hours', 'by a new principal', 'in a new region', 'against a sensitive resource'])}`;
    const summary = `${r.pick(VERBS)} ${topic} where ${s.logSource} records ${bare(value)} ${extra}.`;
    const eventNames =
      s.field === 'eventName' || s.field === 'operationName' || s.field === 'eventtype' || s.field.includes('method')
        ? [value]
        : s.field === 'EventID'
          ? [`EventID ${value}`]
          : ['Process Create'];
    const document: DetectionDocument = {
      slug: `${topic.replace(/[^a-z0-9]+/g, '-')}-${i}`.replace(/^-|-$/g, ''),
      title,
      summary: summary.slice(0, 300),
      techniques,
      severity,
      confidence: r.pick(['low', 'medium', 'high'] as const),
      related: [],
      falsePositives: benign.map((b) => ({
        title: b,
        detail: `${b} also ${topic}; tune them out by account or host.`,
      })),
      overview: `${actor.charAt(0).toUpperCase()}${actor.slice(1)} uses ${bare(value)} for ${topic}. ${s.logSource} records it with ${s.fields.join(', ')}, which is enough to tell routine work apart.\n\nThe rule looks for ${s.field.split('|')[0]} ${bare(value)} ${extra}.`,
      investigation:
        r.next() < 0.5
          ? `Check ${s.fields[0]} and ${s.fields[1] ?? s.fields[0]} against the change calendar; ${actor} rarely schedules work.`
          : '',
      response:
        r.next() < 0.3 ? `Contain the account, preserve the ${s.logSource} records and rotate credentials.` : '',
      hunting: '',
      sigma: sigmaOf(s, id, title, value, extra, techniques, severity === 'informational' ? 'informational' : severity),
      tests: [
        {
          key: 'reproduce',
          name: `Reproduce ${topic}`,
          environment: s.environment,
          behaviour: `Run ${bare(value)} ${extra} in a lab.`,
          logSource: s.logSource,
          eventNames,
          fields: [...s.fields],
          signal: `One ${s.logSource} record naming ${bare(value)}.`,
        },
      ],
      samples: [],
      variants:
        source === 'tripline'
          ? PLATFORM_SLUGS.filter(() => r.next() < 0.6).map((platform) => ({
              platform,
              dataSources: [{ name: s.logSource, connector: `${s.logSource} connector for ${platform}` }],
              tables: [platform === 'sentinel' ? 'SecurityEvent' : 'events'],
              query: `${s.field.split('|')[0]} = "${bare(value)}" | stats count by ${s.fields[0]}`,
              description: `Finds ${bare(value)} in ${s.logSource} and counts it per ${s.fields[0]}.`,
              tuning: '',
            }))
          : [],
    };
    out.push({ document, source });
  }
  return out;
}
