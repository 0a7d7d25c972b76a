import { SourceError } from '../errors';

export interface Section {
  title: string;
  text: string;
  line: number;
}

/**
 * Splits an MDX body into its `## ` sections. Text before the first heading and unknown headings are
 * errors: every piece of prose must land in a named section of the page.
 */
export function splitSections(
  body: string,
  bodyLine: number,
  file: string,
  allowed: ReadonlyArray<string>,
): Map<string, Section> {
  const sections = new Map<string, Section>();
  const lines = body.split('\n');
  const headings = new Map(sectionHeadings(body).map((h) => [h.index, h.title]));
  let current: { title: string; line: number; lines: string[] } | null = null;
  const close = () => {
    if (current)
      sections.set(current.title, { title: current.title, line: current.line, text: current.lines.join('\n').trim() });
  };
  lines.forEach((raw, i) => {
    const line = bodyLine + i;
    const title = headings.get(i);
    if (title !== undefined) {
      if (!allowed.includes(title)) {
        throw new SourceError(
          'UNKNOWN_SECTION',
          `unknown section "## ${title}"; allowed: ${allowed.map((a) => `"## ${a}"`).join(', ')}`,
          { file, line, column: 1 },
        );
      }
      if (sections.has(title))
        throw new SourceError('DUPLICATE_SECTION', `section "## ${title}" appears twice`, { file, line, column: 1 });
      close();
      current = { title, line, lines: [] };
      return;
    }
    if (current) current.lines.push(raw);
    else if (raw.trim() !== '') {
      throw new SourceError('TEXT_OUTSIDE_SECTION', 'text before the first "## " section heading', {
        file,
        line,
        column: 1,
      });
    }
  });
  close();
  return sections;
}

/**
 * The lines of `body` (0-based) that the content files read as `## ` section headings: level-two headings outside
 * code fences. Prose of one section must hold none, or it would split into sections of its own when read back.
 */
export function sectionHeadings(body: string): Array<{ index: number; title: string }> {
  const found: Array<{ index: number; title: string }> = [];
  let fence: string | null = null;
  body.split('\n').forEach((raw, index) => {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(raw);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
    }
    const heading = fence === null ? /^##\s+(.+?)\s*#*\s*$/.exec(raw) : null;
    if (heading && !raw.startsWith('###')) found.push({ index, title: heading[1] ?? '' });
  });
  return found;
}
