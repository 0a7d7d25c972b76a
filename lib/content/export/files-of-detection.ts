import {
  type DetectionDocument,
  type DetectionVariantDocument,
  PROSE_SECTIONS,
  VARIANT_SECTIONS,
} from '../../detections/document';
import type { Status } from '../../vocabulary';
import type { PlatformDef } from '../schemas';
import { splitSections } from '../sections';
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
    'detection.mdx': mdxFile(front, PROSE_SECTIONS, document, `${document.slug}/detection.mdx`),
    'rule.yml': document.sigma,
    'tests.yml': yamlText(
      { tests: document.tests, samples: document.samples },
      { flowScalarLists: false, lineWidth: 120 },
    ),
  };
  for (const variant of document.variants) {
    const platform = platforms.find((p) => p.slug === variant.platform);
    if (!platform) throw new Error(`${document.slug}: no platform "${variant.platform}" in platforms.yml`);
    files[`${platform.slug}.mdx`] = variantMdx(variant, document.slug);
    files[`${platform.slug}.${platform.queryExt}`] = `${variant.query}\n`;
  }
  return files;
}

function variantMdx(variant: DetectionVariantDocument, slug: string): string {
  const { platform, dataSources, tables } = variant;
  return mdxFile({ platform, dataSources, tables }, VARIANT_SECTIONS, variant, `${slug}/${platform}.mdx`);
}

function mdxFile<F extends string>(
  front: Record<string, unknown>,
  sections: ReadonlyArray<{ field: F; heading: string }>,
  texts: Record<F, string>,
  file: string,
): string {
  // An empty optional section is left out: the import reads a missing section as ''.
  const body = sections
    .filter((s) => texts[s.field] !== '')
    .map((s) => `## ${s.heading}\n\n${texts[s.field]}\n`)
    .join('\n');
  // The import reads sections back trimmed and split at `## ` headings: prose that would not come back as it is
  // (edge whitespace, a heading of its own) stops the export by name rather than being changed on the way.
  const back = splitSections(
    body,
    1,
    file,
    sections.map((s) => s.heading),
  );
  for (const s of sections) {
    if ((back.get(s.heading)?.text ?? '') !== texts[s.field]) {
      throw new Error(
        `${file}: "## ${s.heading}" would not read back as stored (a "## " heading inside it, or whitespace at its start or end)`,
      );
    }
  }
  return `---\n${yamlText(front)}---\n${body}`;
}
