// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Every endpoint, parameter, response and
// error is here; tests hold the real answers of each endpoint to it, and check that no route is missing.
import { RATE_LIMITS } from '../../rate-limit/limits';
import { MAX_TEXT_RESULTS } from '../../search/depth';
import { urls } from '../../urls';
import { SEVERITIES } from '../../vocabulary';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../paging';
import { pagedOf, ref, SCHEMAS } from './schemas';

const json = (schema: object, description: string, headers?: Record<string, object>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema } },
});
const error = (description: string) => json(ref('Error'), description);
const header = (description: string) => ({ description, schema: { type: 'string' } });

const q = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const path = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
});

const FILTERS = [
  q('q', 'Words every result must hold (titles, summaries, ATT&CK IDs and names, Sigma rules, SIEM queries).', {
    type: 'string',
    maxLength: 200,
  }),
  q('tactic', 'An ATT&CK tactic by short name, such as exfiltration.'),
  q('technique', 'An ATT&CK technique ID; a parent stands for its sub-techniques too.', {
    type: 'string',
    pattern: '^[Tt]\\d{4}(\\.\\d{3})?$',
  }),
  q('platform', 'A SIEM slug (qradar, splunk, sentinel, elastic; sigma narrows nothing).'),
  q('severity', 'One severity.', { enum: [...SEVERITIES] }),
  q('source', 'Where detections come from: tripline, or an imported collection such as sigmahq.'),
  q('status', 'Only published detections are public.', { const: 'published' }),
];
const PAGING = [
  q('page', 'The page, from 1.', { type: 'integer', minimum: 1, maximum: 10000, default: 1 }),
  q('pageSize', 'Items per page.', { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }),
];
const SLUG = path('slug', 'The detection’s slug.', { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });

const limit = RATE_LIMITS.search;
const LIMITED = {
  '429': json(ref('Error'), `More than ${limit.hits} such requests in ${limit.windowSeconds} s from one client.`, {
    'Retry-After': header('Seconds until the client may ask again.'),
  }),
};
const BAD = { '400': error('A parameter is not valid; `field` names it.') };

// The write API: who asks, and every way a write is refused.
const AUTH = [{ bearerToken: [] }, { session: [] }];
const WRITE_ERRORS = {
  '401': json(ref('Error'), 'No valid token or session.', {
    'WWW-Authenticate': header('Bearer realm="tripline"'),
  }),
  '403': error('The actor’s role may not do this (or a session write came from another site).'),
  '404': error('No such detection (or not one this actor may see).'),
  '409': error('The detection is read-only here, or not in the state this step needs.'),
};
const ETAG = { ETag: header('The working copy’s version: send it back in If-Match.') };
const PRIVATE_NOTE = 'Answers depend on who asks: `Cache-Control: private, no-store`.';

const readOp = (summary: string, description: string, extra: object) => ({
  summary,
  description,
  tags: ['catalog'],
  ...extra,
});
const writeOp = (summary: string, description: string, extra: object) => ({
  summary,
  description: `${description}\n\n${PRIVATE_NOTE}`,
  tags: ['write'],
  security: AUTH,
  ...extra,
});

export const OPENAPI_VERSION = '3.1.0';

/** A path template from our URL builders: `{slug}` goes in encoded and comes back as OpenAPI writes it. */
const t = (url: string) => decodeURIComponent(url);

export function openApiDocument() {
  return {
    openapi: OPENAPI_VERSION,
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Tripline API',
      version: '1',
      description:
        'Read the catalog of detections (public, any origin, cached a minute) and write detections through review ' +
        '(a personal API token, or a session from our own origin). Every error has one shape: `{ "error": { "code", "message" } }`.',
      license: { name: 'Content: see the portal', identifier: 'CC-BY-4.0' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'catalog', description: 'Public reads: detections, techniques, platforms, layers, changes.' },
      { name: 'sigma', description: 'Validate and run a Sigma rule you post; nothing is stored.' },
      { name: 'write', description: 'Create, edit, submit, approve, unpublish and restore detections.' },
    ],
    paths: {
      [urls.api.detections()]: {
        get: readOp(
          'Search published detections',
          `The filters and ranking of /search, paged. A search with words (\`q\`) lists its best ${MAX_TEXT_RESULTS.toLocaleString('en')} matches: a page past them is refused (400, naming \`page\`), and \`links.next\` stops at the last one.`,
          {
            operationId: 'listDetections',
            parameters: [...FILTERS, ...PAGING],
            responses: { '200': json(pagedOf('DetectionSummary'), 'A page of detections.'), ...BAD, ...LIMITED },
          },
        ),
        post: writeOp('Create a detection', 'Creates a draft from `{ document, message? }`.', {
          operationId: 'createDetection',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['document'],
                  properties: { document: ref('DetectionDocument'), message: { type: 'string' } },
                },
              },
            },
          },
          responses: {
            '201': json(ref('Saved'), 'Created, as a draft.', { ...ETAG, Location: header('Its source URL.') }),
            '400': error('The body is not JSON.'),
            ...WRITE_ERRORS,
            '409': error('The slug or a Sigma rule id is taken.'),
            '413': error('The body is too large.'),
            '415': error('The body is not application/json.'),
            '422': error('The document does not validate: `findings` holds every problem.'),
          },
        }),
      },
      [t(urls.api.detection('{slug}'))]: {
        get: readOp('One published detection', 'Everything a machine needs to deploy and test it.', {
          operationId: 'getDetection',
          parameters: [SLUG],
          responses: { '200': json(ref('Detection'), 'The detection.'), '404': error('No such detection.') },
        }),
      },
      [t(urls.api.source('{slug}'))]: {
        get: writeOp(
          'The editable document',
          'The working copy for editors; the published one for anyone else with a token.',
          {
            operationId: 'getSource',
            parameters: [SLUG, { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }],
            responses: {
              '200': json(ref('Source'), 'The document and where it stands.', ETAG),
              '304': { description: 'Not changed since the ETag sent.' },
              ...WRITE_ERRORS,
            },
          },
        ),
        put: writeOp(
          'Save the working copy',
          'Replaces the working copy with `{ document, message? }`; a published detection’s change waits for review.',
          {
            operationId: 'saveSource',
            parameters: [SLUG, { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['document'],
                    properties: { document: ref('DetectionDocument'), message: { type: 'string' } },
                  },
                },
              },
            },
            responses: {
              '200': json(ref('Saved'), 'Saved.', ETAG),
              '400': error('The body is not JSON.'),
              ...WRITE_ERRORS,
              '412': json(ref('Error'), 'If-Match is not the current version: someone saved since.', ETAG),
              '422': error('The document does not validate: `findings` holds every problem.'),
              '428': json(ref('Error'), 'If-Match is missing.', ETAG),
            },
          },
        ),
      },
      [t(urls.api.submit('{slug}'))]: {
        post: writeOp('Submit for review', 'The newest revision waits for a reviewer.', {
          operationId: 'submit',
          parameters: [SLUG],
          responses: { '200': json(ref('ReviewState'), 'Submitted.'), ...WRITE_ERRORS },
        }),
      },
      [t(urls.api.approve('{slug}'))]: {
        post: writeOp(
          'Approve and publish',
          'A reviewer or admin who did not write the change publishes it; an admin’s own with `{ "selfApprove": true }`. ' +
            'If-Match names the revision reviewed (the ETag of its source): exactly that one is published, or none.',
          {
            operationId: 'approve',
            parameters: [
              SLUG,
              {
                name: 'If-Match',
                in: 'header',
                required: true,
                description: 'The ETag of the source the reviewer read; `*` names no revision and is refused.',
                schema: { type: 'string' },
              },
            ],
            requestBody: {
              required: false,
              content: {
                'application/json': { schema: { type: 'object', properties: { selfApprove: { type: 'boolean' } } } },
              },
            },
            responses: {
              '200': json(ref('ReviewState'), 'Published.', ETAG),
              '400': error('The body is not JSON.'),
              ...WRITE_ERRORS,
              '412': json(
                ref('Error'),
                'If-Match is not the current revision: a change was saved since it was read.',
                ETAG,
              ),
              '428': error('If-Match is missing, or names no revision (`*`): nothing is published.'),
            },
          },
        ),
      },
      [t(urls.api.unpublish('{slug}'))]: {
        post: writeOp(
          'Withdraw a detection',
          'Reviewers and admins take a published detection down; /api/v1/changes records it.',
          {
            operationId: 'unpublish',
            parameters: [SLUG],
            responses: { '200': json(ref('ReviewState'), 'Withdrawn.'), ...WRITE_ERRORS },
          },
        ),
      },
      [t(urls.api.restore('{slug}'))]: {
        post: writeOp('Restore a revision', 'A new revision holding an old one’s document.', {
          operationId: 'restore',
          parameters: [
            SLUG,
            { ...q('revision', 'The revision to restore.', { type: 'integer', minimum: 1 }), required: true },
          ],
          responses: {
            '200': json(ref('Saved'), 'Restored as a new revision.', ETAG),
            '400': error('revision is not a revision number.'),
            ...WRITE_ERRORS,
            '422': error('The old document no longer validates.'),
          },
        }),
      },
      [t(urls.api.revisions('{slug}'))]: {
        get: writeOp('Every revision', 'Newest first; editors only (history holds unpublished drafts).', {
          operationId: 'listRevisions',
          parameters: [SLUG],
          responses: {
            '200': json(
              {
                type: 'object',
                required: ['slug', 'data'],
                properties: { slug: { type: 'string' }, data: { type: 'array', items: ref('Revision') } },
              },
              'The revisions.',
            ),
            ...WRITE_ERRORS,
          },
        }),
      },
      [`${t(urls.api.revisions('{slug}'))}/{number}`]: {
        get: writeOp('One revision’s document', 'Editors only.', {
          operationId: 'getRevision',
          parameters: [SLUG, path('number', 'The revision number, from 1.', { type: 'integer', minimum: 1 })],
          responses: { '200': json(ref('RevisionDocument'), 'The revision.'), ...WRITE_ERRORS },
        }),
      },
      [urls.api.techniques()]: {
        get: readOp('ATT&CK techniques', 'Active techniques, optionally of one tactic.', {
          operationId: 'listTechniques',
          parameters: [FILTERS[1], ...PAGING],
          responses: { '200': json(pagedOf('TechniqueSummary'), 'A page of techniques.'), ...BAD },
        }),
      },
      [t(urls.api.technique('{id}'))]: {
        get: readOp('One technique', 'Where it sits in ATT&CK and which published detections cover it.', {
          operationId: 'getTechnique',
          parameters: [
            path('id', 'An ATT&CK technique ID, any case.', { type: 'string', pattern: '^[Tt]\\d{4}(\\.\\d{3})?$' }),
          ],
          responses: { '200': json(ref('Technique'), 'The technique.'), '404': error('No such technique.') },
        }),
      },
      [urls.api.platforms()]: {
        get: readOp('The SIEMs', 'Every platform, unpaged.', {
          operationId: 'listPlatforms',
          responses: {
            '200': json(
              { type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref('Platform') } } },
              'The platforms.',
            ),
          },
        }),
      },
      [urls.api.navigatorLayer()]: {
        get: readOp(
          'ATT&CK Navigator layer',
          'Format 4.5, of the published detections the filters match: each technique scored by its detections, with links back (absolute when the portal has a public URL).',
          {
            operationId: 'navigatorLayer',
            parameters: FILTERS,
            responses: { '200': json(ref('NavigatorLayer'), 'The layer.'), ...BAD, ...LIMITED },
          },
        ),
      },
      [urls.api.changes()]: {
        get: readOp(
          'Changes to the catalog',
          'Detections added, changed and withdrawn, newest first, filtered like search (withdrawn ones by what they held). The same as /changes.atom.',
          {
            operationId: 'listChanges',
            parameters: [...FILTERS, ...PAGING],
            responses: { '200': json(pagedOf('Change'), 'A page of changes.'), ...BAD, ...LIMITED },
          },
        ),
      },
      [urls.api.sigmaValidate()]: {
        post: {
          summary: 'Validate a Sigma rule',
          description: '`{ "sigma": "<rule>" }`: every finding with its YAML path, line and column. Nothing is stored.',
          tags: ['sigma'],
          operationId: 'sigmaValidate',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['sigma'], properties: { sigma: { type: 'string' } } },
              },
            },
          },
          responses: {
            '200': json(ref('SigmaValidation'), 'The findings.'),
            '400': error('The body is not the JSON asked for.'),
            '413': error('The body is too large.'),
            '415': error('The body is not application/json.'),
          },
        },
      },
      [urls.api.sigmaMatch()]: {
        post: {
          summary: 'Run a Sigma rule on events',
          description:
            '`{ sigma, events }`: each event’s match and selections; `{ sigma, samples }` adds the proof. Within a time and size budget.',
          tags: ['sigma'],
          operationId: 'sigmaMatch',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['sigma'],
                  properties: { sigma: { type: 'string' }, events: { type: 'array' }, samples: { type: 'array' } },
                },
              },
            },
          },
          responses: {
            '200': json(ref('SigmaMatch'), 'What matched.'),
            '400': error('The body is not the JSON asked for.'),
            '413': error('The body is too large.'),
            '415': error('The body is not application/json.'),
            '422': error('The rule has errors (`findings`), or the run went over its budget.'),
          },
        },
      },
      [urls.api.sigmaConvert()]: {
        post: {
          summary: 'Convert a Sigma rule to SIEM queries',
          description:
            '`{ "sigma": "<rule>", "targets"?: ["qradar", ...] }`: each rule’s query per SIEM with its gap report (what could not be mapped, or only approximately). Nothing is stored.',
          tags: ['sigma'],
          operationId: 'sigmaConvert',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['sigma'],
                  properties: {
                    sigma: { type: 'string' },
                    targets: { type: 'array', items: { enum: ['qradar', 'splunk', 'sentinel', 'elastic'] } },
                  },
                },
              },
            },
          },
          responses: {
            '200': json(ref('SigmaConversion'), 'The queries and the gap report.'),
            '400': error('The body is not the JSON asked for.'),
            '413': error('The body is too large.'),
            '415': error('The body is not application/json.'),
          },
        },
      },
      [urls.api.openapi()]: {
        get: readOp('This description', 'OpenAPI 3.1.', {
          operationId: 'openapi',
          responses: { '200': json({ type: 'object', required: ['openapi', 'paths'] }, 'The OpenAPI document.') },
        }),
      },
    },
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A personal API token (`tl_...`, made with `npm run token:create` or in the account page).',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'tripline.session_token',
          description: 'A signed-in browser session; state-changing requests must come from our own origin.',
        },
      },
    },
  };
}
