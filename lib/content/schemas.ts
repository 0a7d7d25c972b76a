import { z } from 'zod';
import { isTechniqueId } from '../attack/ids';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../slug';
import { CONFIDENCES, SEVERITIES, STATUSES } from '../vocabulary';

// One schema per content file; the editor's forms will share them.

const slug = z
  .string()
  .max(MAX_SLUG_LENGTH)
  .regex(SLUG_PATTERN, 'must be a slug: lowercase letters, digits and single hyphens');
const techniqueId = z.string().refine(isTechniqueId, 'must be an ATT&CK technique ID such as T1020 or T1020.001');
const text = z.string().trim().min(1, 'must not be empty');

export const platformSchema = z
  .object({
    slug,
    name: text,
    shortName: text,
    vendor: text,
    language: text,
    highlightLang: text,
    queryExt: z.string().regex(/^[a-z0-9]+$/, 'must be a file extension without the dot'),
  })
  .strict();
export const platformsFileSchema = z.array(platformSchema).min(1);

export const detectionFrontSchema = z
  .object({
    title: text.max(120),
    summary: text.max(300),
    techniques: z.array(techniqueId).min(1, 'name at least one ATT&CK technique'),
    severity: z.enum(SEVERITIES),
    confidence: z.enum(CONFIDENCES),
    status: z.enum(STATUSES),
    related: z.array(slug).default([]),
    falsePositives: z.array(z.object({ title: text, detail: text }).strict()).default([]),
  })
  .strict();

export const variantFrontSchema = z
  .object({
    platform: slug,
    dataSources: z.array(z.object({ name: text, connector: text }).strict()).min(1, 'name at least one data source'),
    tables: z.array(text).min(1, 'name at least one table, index or data stream'),
  })
  .strict();

export const testPlanSchema = z
  .object({
    tests: z
      .array(
        z
          .object({
            key: slug,
            name: text,
            environment: slug,
            behaviour: text,
            logSource: text,
            eventNames: z.array(text).min(1),
            fields: z.array(text).min(1),
            signal: text,
            atomic: text.optional(),
          })
          .strict(),
      )
      .min(1, 'a test plan needs at least one test'),
    samples: z
      .array(
        z
          .object({
            key: slug,
            test: slug.optional(),
            expect: z.enum(['match', 'miss']),
            description: text,
            logSource: text,
            event: z.record(z.string(), z.unknown()),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type PlatformDef = z.infer<typeof platformSchema>;
export type DetectionFront = z.infer<typeof detectionFrontSchema>;
export type VariantFront = z.infer<typeof variantFrontSchema>;
export type TestPlan = z.infer<typeof testPlanSchema>;
