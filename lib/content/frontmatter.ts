import { SourceError } from '../errors';
import { parseYamlSource, type YamlSource } from './yaml-doc';

export interface FrontMatterFile {
  front: YamlSource;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function splitFrontMatter(text: string, file: string): FrontMatterFile {
  const m = FENCE.exec(text);
  if (!m) {
    throw new SourceError('front-matter-missing', 'file must start with YAML front matter between --- lines', {
      file,
      line: 1,
      column: 1,
    });
  }
  const yamlText = m[1] ?? '';
  // The YAML starts on line 2, after the opening ---.
  const front = parseYamlSource(yamlText, file, 1);
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0) + 1;
  return { front, body: text.slice(m[0].length), bodyLine };
}
