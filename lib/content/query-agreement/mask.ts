// A query's text with comments blanked and, on request, its string literals too, offsets kept: a value written
// only in a comment does not count, and a field name is looked for where a field can stand (not inside a string).
import type { QueryPlatform } from '../../query-check';

/** String delimiters per language; AQL's double quotes and SPL's single quotes are field names, not strings. */
const STRINGS: Record<QueryPlatform, readonly string[]> = {
  qradar: ["'"],
  splunk: ['"'],
  sentinel: ['"', "'"],
  elastic: ['"""', '"'],
};

const LINE_COMMENTS: Record<QueryPlatform, readonly string[]> = {
  qradar: [],
  splunk: [],
  sentinel: ['//'],
  elastic: ['//'],
};

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

export function maskQuery(text: string, platform: QueryPlatform, strings: boolean): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const comment = LINE_COMMENTS[platform].find((c) => text.startsWith(c, i));
    const splComment = platform === 'splunk' && text.startsWith('```', i);
    if (comment || splComment || (platform === 'elastic' && text.startsWith('/*', i))) {
      const close = splComment ? text.indexOf('```', i + 3) : comment ? text.indexOf('\n', i) : text.indexOf('*/', i);
      const end = close === -1 ? text.length : close + (splComment ? 3 : comment ? 0 : 2);
      out += blank(text.slice(i, end));
      i = end;
      continue;
    }
    const quote = STRINGS[platform].find((q) => text.startsWith(q, i));
    if (quote) {
      // KQL's @"..." is verbatim: a backslash escapes nothing there.
      const verbatim = platform === 'sentinel' && text[i - 1] === '@';
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j))
        j += text[j] === '\\' && quote.length === 1 && !verbatim ? 2 : 1;
      const end = Math.min(text.length, j + quote.length);
      out += strings ? quote + blank(text.slice(i + quote.length, j)) + text.slice(j, end) : text.slice(i, end);
      i = end;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}
