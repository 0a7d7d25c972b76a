// The complete editable document of one detection: what its content/ folder holds, what the editor edits, what the
// write API sends and receives, and what every revision keeps. One schema, shared by all of them.
import { z } from 'zod';
import { isTechniqueId } from '../attack/ids';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../slug';
import { CONFIDENCES, EXPECTATIONS, SEVERITIES } from '../vocabulary';

export const slugSchema = z
  .string()
  .max(MAX_SLUG_LENGTH, `must be at most ${MAX_SLUG_LENGTH} characters`)
  .regex(SLUG_PATTERN, 'must be a slug: lowercase letters, digits and single hyphens');
export const techniqueIdSchema = z
  .string()
  .refine(isTechniqueId, 'must be an ATT&CK technique ID such as T1020 or T1020.001');
const text = z.string().trim().min(1, 'must not be empty');
/**
 * Prose in MDX: may be empty where the section is optional. Trimmed, as its content file reads it back: whitespace
 * at either end of a section is not part of the text.
 */
const mdx = z.string().trim().max(200_000, 'must be at most 200,000 characters');

// Shape only: what our own detections must also have (a technique, a detail for each false positive, a test plan) is
// a rule of lib/detections/validate-document.ts, since imported rules legitimately lack them.
export const falsePositiveSchema = z.object({ title: text, detail: z.string().trim().default('') }).strict();

export const dataSourceSchema = z.object({ name: text, connector: text }).strict();

export const variantSchema = z
  .object({
    platform: slugSchema,
    dataSources: z.array(dataSourceSchema).min(1, 'name at least one data source'),
    tables: z.array(text).min(1, 'name at least one table, index or data stream'),
    query: text,
    description: text,
    tuning: mdx.default(''),
  })
  .strict();

export const testSchema = z
  .object({
    key: slugSchema,
    name: text,
    environment: slugSchema,
    behaviour: text,
    logSource: text,
    eventNames: z.array(text).min(1),
    fields: z.array(text).min(1),
    signal: text,
    atomic: text.optional(),
  })
  .strict();

export const sampleSchema = z
  .object({
    key: slugSchema,
    test: slugSchema.optional(),
    /** The id of the Sigma rule (of the file's several) this sample is for; required when there are several. */
    rule: z.string().optional(),
    expect: z.enum(EXPECTATIONS),
    description: text,
    logSource: text,
    event: z.record(z.string(), z.unknown()),
  })
  .strict();

/** The fields a detection's front matter holds (content/detections/<slug>/detection.mdx), status aside. */
export const detectionFieldsSchema = z
  .object({
    title: text.max(120),
    summary: text.max(300),
    techniques: z.array(techniqueIdSchema),
    severity: z.enum(SEVERITIES),
    confidence: z.enum(CONFIDENCES),
    related: z.array(slugSchema).default([]),
    falsePositives: z.array(falsePositiveSchema).default([]),
  })
  .strict();

export const detectionDocumentSchema = detectionFieldsSchema
  .extend({
    slug: slugSchema,
    overview: mdx.min(1, 'the overview is required'),
    investigation: mdx.default(''),
    response: mdx.default(''),
    hunting: mdx.default(''),
    /** The Sigma rule file exactly as written: one or more YAML documents, served byte for byte. */
    sigma: z.string().min(1, 'the Sigma rule is required'),
    tests: z.array(testSchema).default([]),
    samples: z.array(sampleSchema).default([]),
    variants: z.array(variantSchema).default([]),
  })
  .strict();

export type DetectionDocument = z.infer<typeof detectionDocumentSchema>;
export type DetectionVariantDocument = z.infer<typeof variantSchema>;
export type TestDocument = z.infer<typeof testSchema>;
export type SampleDocument = z.infer<typeof sampleSchema>;
export type FalsePositive = z.infer<typeof falsePositiveSchema>;

/** The prose sections of a detection, in page order, with their headings in content/ files. */
export const PROSE_SECTIONS = [
  { field: 'overview', heading: 'Overview', required: true },
  { field: 'investigation', heading: 'Investigation guide', required: false },
  { field: 'response', heading: 'Response playbook', required: false },
  { field: 'hunting', heading: 'Hunting queries', required: false },
] as const;

export const VARIANT_SECTIONS = [
  { field: 'description', heading: 'What the query does', required: true },
  { field: 'tuning', heading: 'Tuning', required: false },
] as const;
