import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormatsModule from 'ajv-formats';

export const SCHEMA_PATH_ENV = 'SIGMA_SCHEMA_PATH';
const DEFAULT_SCHEMA_FILE = 'lib/sigma/schema/sigma-detection-rule.schema.json';

export type SchemaError = ErrorObject;
export type SchemaValidator = ValidateFunction;

// ajv-formats is CommonJS; depending on the loader its default export arrives wrapped once more.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/**
 * The schema file: `SIGMA_SCHEMA_PATH` when set, else our own schema beside this module (or, when bundling moved
 * this module, under the project root).
 */
export function ruleSchemaPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env[SCHEMA_PATH_ENV];
  if (configured) return resolve(configured);
  return besideModule() ?? resolve(DEFAULT_SCHEMA_FILE);
}

// Inside Next's server bundle import.meta.url is not a file: URL of this module (it throws or points elsewhere),
// so the project-root path is the fallback there.
function besideModule(): string | null {
  try {
    const path = fileURLToPath(new URL('./schema/sigma-detection-rule.schema.json', import.meta.url));
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * Draft 2020-12 with formats asserted by default (an `id` that is not a UUID is a finding, not an annotation), every
 * error collected. `strict` is off for schemas we did not write, which may carry keywords ajv considers misplaced;
 * `formats: false` gives the draft's default reading of `format` as an annotation, as Python's jsonschema does.
 */
export function compileRuleSchema(schema: object, options: { strict?: boolean; formats?: boolean } = {}): SchemaValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: options.strict ?? true, validateFormats: options.formats ?? true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const cache = new Map<string, SchemaValidator>();

export function loadRuleSchema(path: string = ruleSchemaPath()): SchemaValidator {
  const cached = cache.get(path);
  if (cached) return cached;
  let schema: object;
  try {
    schema = JSON.parse(readFileSync(path, 'utf8')) as object;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot load the Sigma rule schema from ${path} (set ${SCHEMA_PATH_ENV} to override): ${reason}`);
  }
  const validator = compileRuleSchema(schema, { strict: path === ruleSchemaPath({}) });
  cache.set(path, validator);
  return validator;
}
