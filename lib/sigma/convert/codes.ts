// Every finding a conversion can report, with its severity and what it means: errors leave no query, warnings
// say how the query differs from the rule. Gaps refuses a code that is not here.
export const CONVERT_CODES = {
  INVALID_RULE: { severity: 'error', description: 'the rule is not valid Sigma (the validator refuses it)' },
  AGGREGATION: { severity: 'error', description: "the condition aggregates events ('| count() ...', 'near')" },
  PLACEHOLDER_UNSET: { severity: 'error', description: 'an |expand placeholder has no configured value' },
  ENCODED_BYTES: { severity: 'error', description: 'a value is UTF-16 bytes that no text query can search' },
  TIME_PART: { severity: 'error', description: 'a |minute, |hour... test on a part of a timestamp' },
  REGEX_UNSUPPORTED: { severity: 'error', description: "the regular expression uses what the target's dialect lacks" },
  FIELDREF_POSITION: {
    severity: 'error',
    description: 'a |fieldref with contains/startswith/endswith the target cannot write',
  },
  SPLIT_VALUE: {
    severity: 'error',
    description: 'a value with whitespace, for a field the SIEM keeps as separate words in no set order',
  },
  FIELD_UNMAPPED: { severity: 'warning', description: "a field the pipeline does not map, written with Sigma's name" },
  FIELD_APPROXIMATED: { severity: 'warning', description: 'a field mapped to one that holds the value differently' },
  LOGSOURCE_UNMAPPED: { severity: 'warning', description: 'no pipeline for the logsource: every source is searched' },
  KEYWORD_FIELD: {
    severity: 'warning',
    description: 'keywords searched in one field (ES|QL: message, unless the pipeline names another)',
  },
  REGEX_TRANSLATED: { severity: 'warning', description: 'the regular expression was rewritten for another dialect' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; description: string }>;

export type ConvertCode = keyof typeof CONVERT_CODES;
export type ErrorCode = {
  [K in ConvertCode]: (typeof CONVERT_CODES)[K]['severity'] extends 'error' ? K : never;
}[ConvertCode];
export type WarningCode = Exclude<ConvertCode, ErrorCode>;
