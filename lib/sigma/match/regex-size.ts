// How large RE2 would compile a pattern, read from its text without compiling it. Compiling is what costs: counted
// repetitions multiply (a 1 KiB pattern of `x[^y]{999}` alternatives compiles to 100,000 instructions in 0.4 s), so
// an oversized pattern must be refused before RE2 sees it. The estimate never falls below the program RE2 builds
// (regex-size.test.ts checks it against RE2's own count); where this reading is unsure it counts more, not less.

interface Group {
  /** Instructions of the group so far. */
  total: number;
  /** Instructions of the last atom, which a following `{n,m}` repeats. */
  last: number;
}

const REPEAT = /^\{(\d{1,6})(,(\d{0,6}))?\}/;
const POSIX_CLASS = /^\[:\^?[a-z]+:\]/;
const GROUP_HEAD = /^\(\?(?:P?<[^>]*>|[a-zA-Z-]*:)/;
const FLAG_GROUP = /^\(\?[a-zA-Z-]*\)/;

/** An upper bound on the instructions RE2 compiles `source` to. */
export function estimateProgramSize(source: string): number {
  const stack: Group[] = [{ total: 0, last: 0 }];
  const top = (): Group => stack[stack.length - 1] as Group;
  const atom = (cost: number): void => {
    const group = top();
    group.total += cost;
    group.last = cost;
  };
  const close = (): void => {
    const inner = stack.pop() as Group;
    atom(inner.total + 2); // a capture's two instructions, counted for every group
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const rest = (): string => source.slice(i, i + 64);
    if (ch === '\\' && source[i + 1] === 'Q') {
      // \Q...\E: every character up to \E is a literal, one instruction each.
      const end = source.indexOf('\\E', i + 2);
      const stop = end === -1 ? source.length : end;
      top().total += Math.max(stop - (i + 2), 0);
      top().last = 1;
      i = end === -1 ? source.length : end + 2;
    } else if (ch === '\\') {
      i = escapeEnd(source, i);
      atom(1);
    } else if (ch === '[') {
      i = classEnd(source, i);
      atom(1);
    } else if (ch === '(') {
      const flags = FLAG_GROUP.exec(rest());
      if (flags) i += flags[0].length;
      else {
        i += GROUP_HEAD.exec(rest())?.[0].length ?? 1;
        stack.push({ total: 0, last: 0 });
      }
    } else if (ch === ')') {
      if (stack.length > 1) close();
      i++;
    } else if (ch === '|') {
      top().total += 1;
      top().last = 0;
      i++;
    } else if (ch === '*' || ch === '+' || ch === '?') {
      // A split, and (for loops that may match empty) the guard RE2 compiles around it.
      top().total += 2;
      i++;
    } else {
      const repeat = ch === '{' ? REPEAT.exec(rest()) : null;
      if (repeat) {
        const min = Number(repeat[1]);
        const unbounded = repeat[2] !== undefined && !repeat[3];
        const max = repeat[2] === undefined ? min : unbounded ? min : Number(repeat[3]);
        const copies = Math.max(min, max, 1);
        // x{n,m} is n copies of x then m-n optional ones (a split each); x{n,} ends in a loop (one split).
        const splits = unbounded ? 1 : Math.max(max - min, 0);
        const group = top();
        group.total += group.last * (copies - 1) + splits + 1;
        group.last *= copies;
        i += repeat[0].length;
      } else {
        atom(1);
        i++;
      }
    }
  }
  while (stack.length > 1) close();
  return top().total + 4; // the program's own start, match and fail instructions
}

/** Index after an escape: `\x{10FFFF}` and `\p{Greek}` run to their brace, `\x41` takes two digits. */
function escapeEnd(source: string, at: number): number {
  const kind = source[at + 1];
  if ((kind === 'x' || kind === 'p' || kind === 'P') && source[at + 2] === '{') {
    const close = source.indexOf('}', at + 3);
    return close === -1 ? source.length : close + 1;
  }
  if (kind === 'x') return Math.min(at + 4, source.length);
  if (kind === 'p' || kind === 'P') return Math.min(at + 3, source.length);
  return Math.min(at + 2, source.length);
}

/** Index after a character class: a leading `^` and `]` are members, as are escapes and `[:alpha:]`. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  while (i < source.length) {
    const ch = source[i];
    if (ch === ']') return i + 1;
    if (ch === '\\') i = escapeEnd(source, i);
    else if (ch === '[' && POSIX_CLASS.test(source.slice(i, i + 16)))
      i += (POSIX_CLASS.exec(source.slice(i))?.[0] ?? '[').length;
    else i++;
  }
  return i;
}
