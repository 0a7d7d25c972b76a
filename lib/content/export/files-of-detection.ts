import {
  type DetectionDocument,
  type DetectionVariantDocument,
  PROSE_SECTIONS,
  VARIANT_SECTIONS,
} from '../../detections/document';
import type { Status } from '../../vocabulary';
import type { PlatformDef } from '../schemas';
import { yamlText } from './yaml-text';

/** A detection folder as files: path relative to the folder -> text. */
export type DetectionFiles = Record<string, string>;

/**
 * Splits a detection document into the files of its content/detections/<slug>/ folder, in the form readDetection
 * reads (lib/content/read-detection.ts): the inverse of the import, so import -> export -> import changes nothing.
 * The Sigma rule is written byte for byte; everything else in our canonical layout.
 */
export function filesOfDetection(
  document: DetectionDocument,
  status: Status,
  platforms: ReadonlyArray<Pick<PlatformDef, 'slug' | 'queryExt'>>,
): DetectionFiles {
  const { title, summary, techniques, severity, confidence, related, falsePositives } = document;
  const front = { title, summary, techniques, severity, confidence, status, related, falsePositives };
  const files: DetectionFiles = {
    'detection.mdx': mdxFile(front, PROSE_SECTIONS, document),
    'rule.yml': document.sigma,
    'tests.yml': yamlText(
      { tests: document.tests, samples: document.samples },
      { flowScalarLists: false, lineWidth: 120 },
    ),
  };
  for (const variant of document.variants) {
    const platform = platforms.find((p) => p.slug === variant.platform);
    if (!platform) throw new Error(`${document.slug}: no platform "${variant.platform}" in platforms.yml`);
    files[`${platform.slug}.mdx`] = variantMdx(variant);
    files[`${platform.slug}.${platform.queryExt}`] = `${variant.query}\n`;
  }
  return files;
}

function variantMdx(variant: DetectionVariantDocument): string {
  const { platform, dataSources, tables } = variant;
  return mdxFile({ platform, dataSources, tables }, VARIANT_SECTIONS, variant);
}

function mdxFile<F extends string>(
  front: Record<string, unknown>,
  sections: ReadonlyArray<{ field: F; heading: string }>,
  texts: Record<F, string>,
): string {
  // An empty optional section is left out: the import reads a missing section as ''.
  const body = sections
    .filter((s) => texts[s.field] !== '')
    .map((s) => `## ${s.heading}\n\n${texts[s.field]}\n`)
    .join('\n');
  return `---\n${yamlText(front)}---\n${body}`;
}
