// YAML paths as people read them: `detection.selection.eventName`, `tags[2]`. Keys that would be ambiguous in
// that notation (a field name such as `userIdentity.arn`) are written in brackets: `detection.sel["userIdentity.arn"]`.

export type PathSegment = string | number;

const PLAIN_KEY = /^[^.[\]"\s]+$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The inverse of `formatPath`. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < path.length) {
    const ch = path[i];
    if (ch === '.') {
      i++;
    } else if (ch === '[') {
      const close = findClosingBracket(path, i);
      const inner = path.slice(i + 1, close);
      segments.push(inner.startsWith('"') ? (JSON.parse(inner) as string) : Number(inner));
      i = close + 1;
    } else {
      let end = i;
      while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
      segments.push(path.slice(i, end));
      i = end;
    }
  }
  return segments;
}

function findClosingBracket(path: string, open: number): number {
  if (path[open + 1] !== '"') {
    const close = path.indexOf(']', open);
    return close === -1 ? path.length : close;
  }
  // A quoted key may itself contain `]`; skip over the JSON string.
  let i = open + 2;
  while (i < path.length && path[i] !== '"') i += path[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** JSON-pointer instance paths (from the schema validator) to segments; numeric parts index into lists. */
export function fromJsonPointer(
  pointer: string,
  isIndex: (prefix: PathSegment[], part: string) => boolean,
): PathSegment[] {
  if (!pointer) return [];
  const out: PathSegment[] = [];
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out.push(/^\d+$/.test(part) && isIndex(out, part) ? Number(part) : part);
  }
  return out;
}
