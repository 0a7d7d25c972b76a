import { SourceError } from '../errors';
import { positionAt } from '../text/position';
import { withoutBom } from '../text/utf8';
import { parseYamlSource, type YamlSource } from './yaml-doc';

export interface FrontMatterFile {
  front: YamlSource;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function splitFrontMatter(original: string, file: string): FrontMatterFile {
  // Files keep their byte order mark (lib/text/utf8.ts); the fence is looked for after it.
  const text = withoutBom(original);
  const m = FENCE.exec(text);
  if (!m) {
    throw new SourceError('FRONT_MATTER_MISSING', 'file must start with YAML front matter between --- lines', {
      file,
      line: 1,
      column: 1,
    });
  }
  const yamlText = m[1] ?? '';
  // The YAML starts on line 2, after the opening ---.
  const front = parseYamlSource(yamlText, file, 1);
  const bodyLine = positionAt(text, m[0].length).line;
  return { front, body: text.slice(m[0].length), bodyLine };
}
