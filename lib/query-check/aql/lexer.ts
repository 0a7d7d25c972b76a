// AQL tokens: 'strings' (a quote inside doubled, ''), "quoted names" such as "Cloud API Operation", numbers, words,
// and single-character punctuation. An unclosed quote is an error at its opening quote.

export interface AqlToken {
  kind: 'word' | 'string' | 'quoted' | 'number' | 'punct';
  value: string;
  start: number;
}

export class AqlLexError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function aqlTokens(text: string): AqlToken[] {
  const tokens: AqlToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'" || c === '"') {
      const start = i;
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) {
          const what = c === "'" ? 'string' : 'quoted name';
          throw new AqlLexError(`Unclosed ${what}: ${c} has no closing ${c}`, start);
        }
        if (text[i] === c) {
          if (text[i + 1] === c) {
            value += c;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ kind: c === "'" ? 'string' : 'quoted', value, start });
    } else if (/[0-9]/.test(c)) {
      const match = /^(0x[0-9a-fA-F]+|\d+(\.\d+)?)/.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'number', value: match[0], start: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_.:]*/.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'word', value: match[0], start: i });
      i += match[0].length;
    } else {
      tokens.push({ kind: 'punct', value: c, start: i });
      i++;
    }
  }
  return tokens;
}
