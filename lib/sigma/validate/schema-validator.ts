import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormatsModule from 'ajv-formats';
import ownSchema from './schema/sigma-detection-rule.schema.json';

export const SCHEMA_PATH_ENV = 'SIGMA_SCHEMA_PATH';
const DEFAULT_SCHEMA_FILE = 'lib/sigma/validate/schema/sigma-detection-rule.schema.json';
const OWN_SCHEMA_KEY = `(bundled) ${DEFAULT_SCHEMA_FILE}`;

export type SchemaError = ErrorObject;
export type SchemaValidator = ValidateFunction;

// ajv-formats is CommonJS; depending on the loader its default export arrives wrapped once more.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** The schema file: `SIGMA_SCHEMA_PATH` when set, else our own (whose content is also bundled, see loadRuleSchema). */
export function ruleSchemaPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env[SCHEMA_PATH_ENV];
  return resolve(/* turbopackIgnore: true */ configured || DEFAULT_SCHEMA_FILE);
}

/**
 * Draft 2020-12 with formats asserted by default (an `id` that is not a UUID is a finding, not an annotation), every
 * error collected. `strict` is off for schemas we did not write, which may carry keywords ajv considers misplaced;
 * `formats: false` gives the draft's default reading of `format` as an annotation, as Python's jsonschema does.
 */
export function compileRuleSchema(
  schema: object,
  options: { strict?: boolean; formats?: boolean } = {},
): SchemaValidator {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: options.strict ?? true,
    validateFormats: options.formats ?? true,
  });
  addFormats(ajv);
  return ajv.compile(schema);
}

const cache = new Map<string, SchemaValidator>();

export function loadRuleSchema(path: string | undefined = process.env[SCHEMA_PATH_ENV]): SchemaValidator {
  // Our own schema is imported, not read: it then travels inside Next's server bundle like any module.
  const key = path ? resolve(path) : OWN_SCHEMA_KEY;
  const cached = cache.get(key);
  if (cached) return cached;
  let schema: object = ownSchema;
  if (path) {
    try {
      schema = JSON.parse(readFileSync(/* turbopackIgnore: true */ key, 'utf8')) as object;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot load the Sigma rule schema from ${key} (set ${SCHEMA_PATH_ENV} to override): ${reason}`);
    }
  }
  const validator = compileRuleSchema(schema, { strict: key === OWN_SCHEMA_KEY || key === ruleSchemaPath({}) });
  cache.set(key, validator);
  return validator;
}
