import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from '../errors';
import { splitFrontMatter } from './frontmatter';
import { checkMdx } from './mdx-check';
import { parseWith } from './parse-with';
import { readUtf8 } from './read-file';
import { detectionFrontSchema, type PlatformDef, testPlanSchema, variantFrontSchema } from './schemas';
import { splitSections } from './sections';
import type { DetectionSource, VariantSource } from './types';
import { parseYamlSource } from './yaml-doc';

const DETECTION_SECTIONS = ['Overview', 'Investigation guide', 'Response playbook', 'Hunting queries'];
const VARIANT_SECTIONS = ['What the query does', 'Tuning'];
const FIXED_FILES = new Set(['detection.mdx', 'rule.yml', 'tests.yml']);

/** Reads one detection folder into plain data; the first problem found stops it with file and line. */
export function readDetection(dir: string, slug: string, platforms: ReadonlyArray<PlatformDef>): DetectionSource {
  const names = readdirSync(dir).sort();
  const hash = createHash('sha256');
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
  // Every file is read once, here: the hash covers the folder and the parsers below take the text from `texts`.
  const texts = new Map<string, string>();
  for (const n of names) {
    if (!expected.has(n))
      throw new SourceError('UNEXPECTED_FILE', `unexpected file ${n} (see ARCHITECTURE.md, "Content")`, {
        file: join(dir, n),
      });
    const { text, bytes } = readUtf8(join(dir, n));
    texts.set(n, text);
    hash.update(n).update('\0').update(bytes).update('\0');
  }
  const textOf = (n: string) => texts.get(n) ?? '';

  const detFile = join(dir, 'detection.mdx');
  const det = splitFrontMatter(textOf('detection.mdx'), detFile);
  const front = parseWith(detectionFrontSchema, det.front, detFile);
  const sections = splitSections(det.body, det.bodyLine, detFile, DETECTION_SECTIONS);
  const overview = sections.get('Overview');
  if (!overview?.text)
    throw new SourceError('MISSING_SECTION', 'the "## Overview" section is required', {
      file: detFile,
      line: det.bodyLine,
    });
  for (const s of sections.values()) checkMdx(s.text, detFile, s.line + 1);

  const testsFile = join(dir, 'tests.yml');
  const testPlan = parseWith(testPlanSchema, parseYamlSource(textOf('tests.yml'), testsFile), testsFile);
  const sigmaFile = join(dir, 'rule.yml');

  return {
    slug,
    dir,
    front,
    overview: overview.text,
    investigation: sections.get('Investigation guide')?.text ?? '',
    response: sections.get('Response playbook')?.text ?? '',
    hunting: sections.get('Hunting queries')?.text ?? '',
    sigmaFile,
    sigmaYaml: textOf('rule.yml'),
    testsFile,
    testPlan,
    variants: variantNames.map((n) => readVariant(dir, n, platforms, texts)),
    contentHash: hash.digest('hex'),
  };
}

function readVariant(
  dir: string,
  name: string,
  platforms: ReadonlyArray<PlatformDef>,
  texts: ReadonlyMap<string, string>,
): VariantSource {
  const mdxFile = join(dir, name);
  const slug = name.slice(0, -4);
  const platform = platforms.find((p) => p.slug === slug);
  if (!platform) {
    throw new SourceError(
      'UNKNOWN_PLATFORM',
      `${name}: no platform "${slug}" in content/platforms.yml (known: ${platforms.map((p) => p.slug).join(', ')})`,
      { file: mdxFile, line: 1 },
    );
  }
  const parsed = splitFrontMatter(texts.get(name) ?? '', mdxFile);
  const front = parseWith(variantFrontSchema, parsed.front, mdxFile);
  if (front.platform !== slug) {
    throw new SourceError('PLATFORM_MISMATCH', `platform: "${front.platform}" but the file is ${name}`, {
      file: mdxFile,
      ...parsed.front.positionOf(['platform']),
    });
  }
  const sections = splitSections(parsed.body, parsed.bodyLine, mdxFile, VARIANT_SECTIONS);
  const description = sections.get('What the query does');
  if (!description?.text)
    throw new SourceError('MISSING_SECTION', 'the "## What the query does" section is required', {
      file: mdxFile,
      line: parsed.bodyLine,
    });
  for (const s of sections.values()) checkMdx(s.text, mdxFile, s.line + 1);
  const queryFile = join(dir, `${slug}.${platform.queryExt}`);
  const queryName = `${slug}.${platform.queryExt}`;
  const query = texts.get(queryName)?.trimEnd();
  if (query === undefined)
    throw new SourceError('MISSING_FILE', `the ${platform.language} query ${queryName} is missing`, {
      file: queryFile,
    });
  if (!query.trim()) throw new SourceError('EMPTY_QUERY', 'the query is empty', { file: queryFile, line: 1 });
  return {
    platform: slug,
    front,
    query,
    description: description.text,
    tuning: sections.get('Tuning')?.text ?? '',
    mdxFile,
    queryFile,
  };
}
