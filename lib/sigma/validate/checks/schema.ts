import { fromJsonPointer } from '../../../text/yaml-path';
import { valueAt } from './data';
import { condenseSchemaErrors } from './schema-errors';
import { schemaMessage } from './schema-messages';
import type { Check, Issue } from './types';

const issue = (description: string): Issue => ({ severity: 'error', description });

/**
 * Problems the identity and tag checks report themselves, with messages that know about calendars and ATT&CK;
 * the schema's own wording for them would say the same thing twice, less helpfully.
 */
const REPORTED_ELSEWHERE: ReadonlyArray<{ path: RegExp; keyword: string }> = [
  { path: /^\/(date|modified)$/, keyword: 'pattern' },
  { path: /^\/id$|^\/related\/\d+\/id$/, keyword: 'format' },
  { path: /^\/tags\/\d+$/, keyword: 'pattern' },
];

export const schemaCheck: Check = {
  name: 'schema',
  issues: {
    SCHEMA_REQUIRED: issue('a required property (title, logsource, detection, detection.condition) is missing'),
    SCHEMA_TYPE: issue('a value has the wrong type (e.g. tags as a string instead of a list)'),
    SCHEMA_ENUM: issue('a value is not one of the allowed values (status, level, related type)'),
    SCHEMA_PATTERN: issue('a value does not match the required pattern'),
    SCHEMA_FORMAT: issue('a value does not have the required format'),
    SCHEMA_MAX_LENGTH: issue('a text is longer than allowed (title: 256 characters)'),
    SCHEMA_MIN_LENGTH: issue('a text is shorter than allowed'),
    SCHEMA_UNIQUE_ITEMS: issue('a list repeats an entry that must be unique'),
    SCHEMA_ANY_OF: issue('a value has none of the allowed forms (e.g. a search identifier that is a string)'),
    SCHEMA_ONE_OF: issue('a value matches none (or several) of the allowed forms'),
    SCHEMA_CONST: issue('a value differs from the only allowed value'),
    SCHEMA_VIOLATION: issue('the rule breaks another constraint of the JSON schema'),
  },
  run(ctx) {
    const { schema, rule } = ctx;
    if (schema(rule.data)) return;
    const all = schema.errors ?? [];
    for (const e of condenseSchemaErrors(all)) {
      if (REPORTED_ELSEWHERE.some((r) => r.keyword === e.keyword && r.path.test(e.instancePath))) continue;
      let segments = fromJsonPointer(e.instancePath, (prefix) => Array.isArray(valueAt(rule.data, prefix)));
      const value = valueAt(rule.data, segments);
      if (e.keyword === 'required') segments = [...segments, String(e.params.missingProperty)];
      const message = schemaMessage(e, segments, value, all);
      // A repeated list entry is pointed at where it is repeated.
      if (e.keyword === 'uniqueItems') segments = [...segments, Math.max(Number(e.params.i), Number(e.params.j))];
      ctx.report(codeFor(e.keyword), segments, message);
    }
  },
};

function codeFor(keyword: string): string {
  const code = `SCHEMA_${keyword.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
  return code in schemaCheck.issues ? code : 'SCHEMA_VIOLATION';
}
