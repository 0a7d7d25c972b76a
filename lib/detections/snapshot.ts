// What a revision keeps: the whole document as it then stood, versioned so that later shapes can still be read.
// Version 1 came in two shapes (the content import kept its front matter and file texts, the Sigma import its row);
// both are read back into today's document, so every old revision can still be shown, compared and restored.
import { z } from 'zod';
import { isRecord } from '../sigma/record';
import { type DetectionDocument, detectionDocumentSchema } from './document';

export const SNAPSHOT_VERSION = 2;

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  document: DetectionDocument;
}

export function snapshotOf(document: DetectionDocument): Snapshot {
  return { version: SNAPSHOT_VERSION, document };
}

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/** The document a stored snapshot holds, whichever version wrote it. */
export function documentOfSnapshot(stored: unknown): DetectionDocument {
  if (!isRecord(stored)) throw new SnapshotError('a revision snapshot must be an object');
  if (stored.version === SNAPSHOT_VERSION) return parse(stored.document, 'version 2');
  if (stored.version !== undefined) throw new SnapshotError(`unknown snapshot version ${String(stored.version)}`);
  if ('testPlan' in stored) return parse(fromContentV1(stored), 'a version 1 content import');
  if ('importedFrom' in stored) return parse(fromSigmaImportV1(stored), 'a version 1 Sigma import');
  throw new SnapshotError('a snapshot without a version is neither a content import nor a Sigma import');
}

function parse(value: unknown, what: string): DetectionDocument {
  const result = detectionDocumentSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new SnapshotError(`${what} snapshot does not read as a document: ${issue?.path.join('.')}: ${issue?.message}`);
}

const contentV1 = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  techniques: z.array(z.string()),
  severity: z.string(),
  confidence: z.string(),
  related: z.array(z.string()).default([]),
  falsePositives: z.array(z.unknown()).default([]),
  overview: z.string(),
  investigation: z.string().default(''),
  response: z.string().default(''),
  hunting: z.string().default(''),
  sigmaYaml: z.string(),
  testPlan: z.object({ tests: z.array(z.unknown()).default([]), samples: z.array(z.unknown()).default([]) }),
  variants: z.array(z.record(z.string(), z.unknown())).default([]),
});

function fromContentV1(stored: Record<string, unknown>): unknown {
  const v1 = contentV1.parse(stored);
  return {
    slug: v1.slug,
    title: v1.title,
    summary: v1.summary,
    techniques: v1.techniques,
    severity: v1.severity,
    confidence: v1.confidence,
    related: v1.related,
    falsePositives: v1.falsePositives,
    overview: v1.overview,
    investigation: v1.investigation,
    response: v1.response,
    hunting: v1.hunting,
    sigma: v1.sigmaYaml,
    tests: v1.testPlan.tests,
    samples: v1.testPlan.samples,
    variants: v1.variants.map(({ platform, dataSources, tables, query, description, tuning }) => ({
      platform,
      dataSources,
      tables,
      query,
      description,
      tuning,
    })),
  };
}

const sigmaImportV1 = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  severity: z.string(),
  confidence: z.string(),
  falsePositives: z.array(z.object({ title: z.string(), detail: z.string() })).default([]),
  sigmaYaml: z.string(),
  techniques: z.array(z.string()).default([]),
  overview: z.string(),
});

function fromSigmaImportV1(stored: Record<string, unknown>): unknown {
  const v1 = sigmaImportV1.parse(stored);
  return {
    slug: v1.slug,
    title: v1.title,
    summary: v1.summary,
    techniques: v1.techniques,
    severity: v1.severity,
    confidence: v1.confidence,
    falsePositives: v1.falsePositives,
    overview: v1.overview,
    sigma: v1.sigmaYaml,
  };
}
