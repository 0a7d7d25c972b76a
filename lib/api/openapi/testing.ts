// For tests: checks an answer of the API against the OpenAPI document, by path template, method and status.
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiDocument } from './document';

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** `doc` is ours by default; a browser test passes the one the server sent, to hold answers to what is published. */
export function openApiValidator(doc: object = openApiDocument()) {
  // The document is not itself a schema (openapi, paths...): those keywords are unknown to ajv, not errors.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi');
  const paths = (doc as { paths: unknown }).paths as unknown as Record<
    string,
    Record<string, { responses: Record<string, { content?: unknown }> }>
  >;

  /** Problems of `body` as the answer of `method path` with `status`; [] when it is what the document says. */
  return function check(path: string, method: string, status: number, body: unknown): string[] {
    const op = paths[path]?.[method.toLowerCase()];
    if (!op) return [`the document has no ${method} ${path}`];
    const response = op.responses[String(status)];
    if (!response) return [`the document has no ${status} for ${method} ${path}`];
    if (!response.content) return body === null || body === undefined ? [] : [`${status} should have no body`];
    const ref = `openapi#/${pointer('paths', path, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema')}`;
    const validate = ajv.getSchema(ref);
    if (!validate) return [`cannot compile ${ref}`];
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  };
}
