import { finding, type Finding } from '../findings';

/** Far deeper than any real rule; far shallower than what makes the YAML parser's memory use explode. */
export const MAX_FLOW_NESTING = 1000;

/**
 * The YAML parser needs memory and time that grow steeply with unclosed flow brackets (`[[[[...`; 200,000 of them
 * exhaust the heap), so bracket depth is bounded before parsing. The count is naive (brackets inside quoted
 * strings count too), which only errs towards refusing absurd files, never towards accepting them.
 */
export function checkFlowNesting(text: string, limit: number = MAX_FLOW_NESTING): Finding | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (ch === 0x5b || ch === 0x7b) {
      depth++;
      if (depth > limit) {
        return finding({
          code: 'YAML_TOO_DEEP',
          severity: 'error',
          path: '',
          message: `more than ${limit} nested '[' or '{': refusing to parse a file built to exhaust the parser`,
          at: { line, column: i - lineStart + 1 },
        });
      }
    } else if ((ch === 0x5d || ch === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
