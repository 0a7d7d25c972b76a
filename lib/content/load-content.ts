import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from '../errors';
import { isSlug } from '../slug';
import { parseWith } from './parse-with';
import { readDetection } from './read-detection';
import { readUtf8 } from './read-file';
import { platformsFileSchema } from './schemas';
import type { ContentSet } from './types';
import { parseYamlSource } from './yaml-doc';

export interface LoadResult {
  content: ContentSet;
  errors: SourceError[];
}

/** Reads all of content/: every folder is read even when an earlier one fails, so one run lists every problem. */
export function loadContent(root = 'content'): LoadResult {
  const platformsFile = join(root, 'platforms.yml');
  const platforms = parseWith(
    platformsFileSchema,
    parseYamlSource(readUtf8(platformsFile).text, platformsFile),
    platformsFile,
  );
  const errors: SourceError[] = [];
  const detections = [];
  const detDir = join(root, 'detections');
  const slugs = existsSync(detDir)
    ? readdirSync(detDir)
        .filter((n) => statSync(join(detDir, n)).isDirectory())
        .sort()
    : [];
  for (const slug of slugs) {
    const dir = join(detDir, slug);
    if (!isSlug(slug)) {
      errors.push(
        new SourceError('BAD_SLUG', `folder name "${slug}" is not a slug (lowercase letters, digits, hyphens)`, {
          file: dir,
        }),
      );
      continue;
    }
    try {
      detections.push(readDetection(dir, slug, platforms));
    } catch (err) {
      if (err instanceof SourceError) errors.push(err);
      else throw err;
    }
  }
  return { content: { root, platforms, detections }, errors };
}
