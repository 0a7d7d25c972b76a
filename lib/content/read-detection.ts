import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROSE_SECTIONS, VARIANT_SECTIONS } from '../detections/document';
import { SourceError, type SourceLocation } from '../errors';
import { splitFrontMatter } from './frontmatter';
import { parseWith } from './parse-with';
import { readUtf8 } from './read-file';
import { detectionFrontSchema, type PlatformDef, testPlanSchema, variantFrontSchema } from './schemas';
import { type Section, splitSections } from './sections';
import type { ContentDetection } from './types';
import { parseYamlSource } from './yaml-doc';

const FIXED_FILES = ['detection.mdx', 'rule.yml', 'tests.yml'];
type Path = ReadonlyArray<string | number>;

/**
 * Reads one detection folder into its document, remembering where each field is written so that a problem found
 * later (an unknown technique, an unproven sample) is reported at its file, line and column. A problem with the
 * files themselves (a missing file, a section heading we do not know, a field of the wrong type) stops it here.
 */
export function readDetection(dir: string, slug: string, platforms: ReadonlyArray<PlatformDef>): ContentDetection {
  const names = readdirSync(dir).sort();
  for (const required of FIXED_FILES) {
    if (!names.includes(required))
      throw new SourceError('MISSING_FILE', `${required} is missing`, { file: join(dir, required) });
  }
  const variantNames = names.filter((n) => n.endsWith('.mdx') && n !== 'detection.mdx');
  const expected = new Set([...FIXED_FILES, ...variantNames]);
  for (const n of variantNames) {
    const platform = platforms.find((p) => p.slug === n.slice(0, -4));
    if (platform) expected.add(`${platform.slug}.${platform.queryExt}`);
  }
  for (const n of names) {
    if (!expected.has(n))
      throw new SourceError('UNEXPECTED_FILE', `unexpected file ${n} (see ARCHITECTURE.md, "Content")`, {
        file: join(dir, n),
      });
  }
  const textOf = (n: string) => readUtf8(join(dir, n)).text;

  const detFile = join(dir, 'detection.mdx');
  const det = splitFrontMatter(textOf('detection.mdx'), detFile);
  const front = parseWith(detectionFrontSchema, det.front, detFile);
  const sections = splitSections(
    det.body,
    det.bodyLine,
    detFile,
    PROSE_SECTIONS.map((s) => s.heading),
  );
  const testsFile = join(dir, 'tests.yml');
  const testsYaml = parseYamlSource(textOf('tests.yml'), testsFile);
  const testPlan = parseWith(testPlanSchema, testsYaml, testsFile);
  const sigmaFile = join(dir, 'rule.yml');
  const variants = variantNames.map((n) => readVariant(dir, n, platforms, textOf));
  const { status, ...fields } = front;
  const prose = Object.fromEntries(PROSE_SECTIONS.map((s) => [s.field, sections.get(s.heading)?.text ?? ''])) as Record<
    (typeof PROSE_SECTIONS)[number]['field'],
    string
  >;

  const locate = (field: Path, line = 1, column = 1): SourceLocation => {
    const [head, index] = field;
    if (head === 'sigma') return { file: sigmaFile, line, column };
    if (head === 'tests' || head === 'samples') return { file: testsFile, ...testsYaml.positionOf(field) };
    if (head === 'variants' && typeof index === 'number') {
      const v = variants[index];
      if (v) return v.locate(field.slice(2), line, column);
    }
    const section = PROSE_SECTIONS.find((s) => s.field === head);
    if (section) return inSection(detFile, sections.get(section.heading), det.bodyLine, line, column);
    if (head === 'slug') return { file: dir };
    return { file: detFile, ...det.front.positionOf(field) };
  };

  return {
    slug,
    dir,
    status,
    document: {
      slug,
      ...fields,
      ...prose,
      sigma: textOf('rule.yml'),
      tests: testPlan.tests,
      samples: testPlan.samples,
      variants: variants.map((v) => v.variant),
    },
    locate,
  };
}

/** A line inside a section's text, as a line of the file: the text starts on the line after its heading. */
function inSection(file: string, section: Section | undefined, bodyLine: number, line: number, column: number) {
  return { file, line: (section ? section.line + 1 : bodyLine) + line - 1, column };
}

function readVariant(dir: string, name: string, platforms: ReadonlyArray<PlatformDef>, textOf: (n: string) => string) {
  const mdxFile = join(dir, name);
  const slug = name.slice(0, -4);
  const platform = platforms.find((p) => p.slug === slug);
  if (!platform) {
    const known = platforms.map((p) => p.slug).join(', ');
    throw new SourceError(
      'UNKNOWN_PLATFORM',
      `${name}: no platform "${slug}" in content/platforms.yml (known: ${known})`,
      {
        file: mdxFile,
        line: 1,
      },
    );
  }
  const parsed = splitFrontMatter(textOf(name), mdxFile);
  const front = parseWith(variantFrontSchema, parsed.front, mdxFile);
  if (front.platform !== slug) {
    throw new SourceError('PLATFORM_MISMATCH', `platform: "${front.platform}" but the file is ${name}`, {
      file: mdxFile,
      ...parsed.front.positionOf(['platform']),
    });
  }
  const sections = splitSections(
    parsed.body,
    parsed.bodyLine,
    mdxFile,
    VARIANT_SECTIONS.map((s) => s.heading),
  );
  const queryName = `${slug}.${platform.queryExt}`;
  const queryFile = join(dir, queryName);
  let query: string;
  try {
    query = textOf(queryName).trimEnd();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new SourceError('MISSING_FILE', `the ${platform.language} query ${queryName} is missing`, {
      file: queryFile,
    });
  }
  const variant = {
    ...front,
    query,
    description: sections.get('What the query does')?.text ?? '',
    tuning: sections.get('Tuning')?.text ?? '',
  };
  const locate = (field: Path, line = 1, column = 1): SourceLocation => {
    const [head] = field;
    if (head === 'query') return { file: queryFile, line, column };
    const section = VARIANT_SECTIONS.find((s) => s.field === head);
    if (section) return inSection(mdxFile, sections.get(section.heading), parsed.bodyLine, line, column);
    return { file: mdxFile, ...parsed.front.positionOf(field) };
  };
  return { variant, locate };
}
