// The shapes of /api/v1's answers, as JSON Schema 2020-12 (what OpenAPI 3.1 uses). Tests validate real answers of
// every endpoint against them, so a change to a response shape shows here first.
import { LAYER_SCHEMA } from '../../navigator/layer-schema';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../paging';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
const strings = { type: 'array', items: str } as const;
const object = (properties: Record<string, unknown>, required = Object.keys(properties), extra = false) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: extra,
});
const severity = { enum: ['informational', 'low', 'medium', 'high', 'critical'] };

const { $schema: _schema, ...layer } = LAYER_SCHEMA;

export const SCHEMAS = {
  Error: object({
    error: object(
      {
        code: { type: 'string', description: 'Stable, machine-readable: not_found, bad_request, rate_limited, ...' },
        message: { type: 'string', description: 'For people: what is wrong and, where it helps, what to do.' },
        field: { type: 'string', description: 'The query parameter at fault, for bad_request.' },
        findings: { type: 'array', items: ref('Finding'), description: 'Every problem of a refused document (422).' },
      },
      ['code', 'message'],
      true,
    ),
  }),
  Finding: {
    type: 'object',
    required: ['message'],
    properties: {
      message: str,
      code: str,
      severity: str,
      field: str,
      line: nullable(int),
      column: nullable(int),
      path: str,
      file: str,
    },
  },
  SigmaConversion: object({
    ok: bool,
    findings: { type: 'array', items: ref('Finding') },
    rules: {
      type: 'array',
      items: object({
        index: int,
        id: nullable(str),
        title: nullable(str),
        results: {
          type: 'array',
          items: object({
            target: { enum: ['qradar', 'splunk', 'sentinel', 'elastic'] },
            language: str,
            ok: bool,
            query: nullable(str),
            findings: { type: 'array', items: ref('Finding') },
            dataSources: strings,
            tables: strings,
            converterVersion: str,
          }),
        },
      }),
    },
  }),
  PageLinks: object({ self: str, next: nullable(str), prev: nullable(str) }),
  DetectionLinks: object({ html: str, rule: str, api: str }),
  DetectionSummary: object({
    slug: str,
    title: str,
    summary: str,
    severity,
    confidence: { enum: ['low', 'medium', 'high'] },
    source: str,
    proven: bool,
    updatedAt: dateTime,
    techniques: strings,
    platforms: strings,
    snippet: {
      ...nullable(str),
      description: 'Where the words of q were found, as HTML: the text escaped, the words in <mark>. Null without q.',
    },
    links: ref('DetectionLinks'),
  }),
  Detection: object({
    slug: str,
    title: str,
    summary: str,
    severity,
    confidence: { enum: ['low', 'medium', 'high'] },
    source: str,
    proven: bool,
    sigmaId: nullable(str),
    publishedAt: nullable(dateTime),
    updatedAt: dateTime,
    techniques: {
      type: 'array',
      items: object({
        id: str,
        name: str,
        url: str,
        parent: nullable(object({ id: str, name: str })),
        tactics: strings,
      }),
    },
    variants: {
      type: 'array',
      items: object({
        platform: str,
        platformName: str,
        language: str,
        query: str,
        tables: {},
        dataSources: { type: 'array', items: object({ name: str, connector: str }) },
        links: object({ html: str }),
      }),
    },
    falsePositives: { type: 'array', items: { type: 'object' } },
    testCases: { type: 'array', items: { type: 'object' } },
    links: ref('DetectionLinks'),
  }),
  TechniqueLinks: object({ html: str, api: str }),
  TechniqueSummary: object({
    id: str,
    name: str,
    url: str,
    parent: nullable(str),
    tactics: strings,
    detections: int,
    links: ref('TechniqueLinks'),
  }),
  Technique: object({
    id: str,
    name: str,
    url: str,
    revoked: bool,
    deprecated: bool,
    tactics: { type: 'array', items: object({ id: str, shortname: str, name: str }) },
    parent: nullable(object({ id: str, name: str, links: ref('TechniqueLinks') })),
    subTechniques: {
      type: 'array',
      items: object({ id: str, name: str, detections: strings, links: ref('TechniqueLinks') }),
    },
    detections: strings,
    links: ref('TechniqueLinks'),
  }),
  Platform: object({
    slug: str,
    name: str,
    shortName: str,
    vendor: str,
    language: str,
    detections: int,
    links: object({ html: str, detections: str }),
  }),
  Change: object({
    id: { type: 'integer', description: 'The order changes happened in.' },
    entryId: { type: 'string', description: 'The Atom entry id of the same change in /changes.atom.' },
    kind: { enum: ['added', 'changed', 'withdrawn'] },
    revision: { type: 'integer', description: 'The revision made public; for a withdrawal, the one that was.' },
    at: dateTime,
    message: nullable(str),
    detection: object({
      slug: str,
      title: str,
      summary: str,
      severity,
      source: str,
      techniques: strings,
      published: { type: 'boolean', description: 'Whether it is public now.' },
    }),
    links: nullable(ref('DetectionLinks')),
  }),
  NavigatorLayer: { ...layer, description: 'ATT&CK Navigator layer, format 4.5.' },
  SigmaValidation: {
    type: 'object',
    required: ['ok', 'rules', 'findings'],
    properties: { ok: bool, rules: int, findings: { type: 'array', items: ref('Finding') } },
  },
  SigmaMatch: { type: 'object', description: 'Each event: whether the rule matched it and which selections held.' },
  DetectionDocument: {
    type: 'object',
    description:
      'The whole detection as one document (lib/detections/document.ts): the shape GET .../source answers and PUT takes.',
    required: ['slug', 'title'],
    properties: { slug: str, title: str, summary: str, severity, techniques: strings, sigma: str },
  },
  Source: object({
    document: ref('DetectionDocument'),
    meta: object({
      slug: str,
      status: { enum: ['draft', 'published'] },
      source: str,
      editable: bool,
      revision: int,
      headRevision: int,
      publishedRevision: nullable(int),
      reviewState: { enum: ['none', 'submitted'] },
      submittedBy: nullable(str),
      submittedAt: nullable(dateTime),
      updatedAt: dateTime,
    }),
    links: ref('SourceLinks'),
  }),
  SourceLinks: object({ source: str, revisions: str, html: str, editor: str }),
  Saved: object({
    slug: str,
    revision: int,
    outcome: { enum: ['created', 'updated', 'revised', 'unchanged'] },
    links: ref('SourceLinks'),
  }),
  ReviewState: {
    type: 'object',
    required: ['slug', 'state'],
    properties: { slug: str, state: str, revision: int, selfApproved: bool, etag: str },
  },
  Revision: object(
    {
      number: int,
      channel: str,
      message: str,
      createdAt: dateTime,
      author: nullable(str),
      approvedBy: nullable(str),
      approvedAt: nullable(dateTime),
      selfApproved: bool,
      published: bool,
    },
    ['number', 'channel', 'message', 'createdAt', 'author', 'approvedBy', 'approvedAt', 'selfApproved'],
    true,
  ),
  RevisionDocument: {
    type: 'object',
    required: ['slug', 'number', 'message', 'createdAt', 'document'],
    properties: { slug: str, number: int, message: str, createdAt: dateTime, document: ref('DetectionDocument') },
  },
} as const;

export const pagedOf = (item: string) =>
  object({
    data: { type: 'array', items: ref(item) },
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
    total: { type: 'integer', minimum: 0 },
    links: ref('PageLinks'),
  });

export { ref };
