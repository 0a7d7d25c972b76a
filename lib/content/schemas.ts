import { z } from 'zod';
import { dataSourceSchema, detectionFieldsSchema, sampleSchema, slugSchema, testSchema } from '../detections/document';
import { STATUSES } from '../vocabulary';

// The content/ files' schemas, built from the detection document's (lib/detections/document.ts): a folder is that
// document split into files, plus `status` in the front matter (whether the import publishes it).

const text = z.string().trim().min(1, 'must not be empty');

export const platformSchema = z
  .object({
    slug: slugSchema,
    name: text,
    shortName: text,
    vendor: text,
    language: text,
    highlightLang: text,
    queryExt: z.string().regex(/^[a-z0-9]+$/, 'must be a file extension without the dot'),
  })
  .strict();
export const platformsFileSchema = z.array(platformSchema).min(1);

export const detectionFrontSchema = detectionFieldsSchema.extend({ status: z.enum(STATUSES) }).strict();

export const variantFrontSchema = z
  .object({
    platform: slugSchema,
    dataSources: z.array(dataSourceSchema).min(1, 'name at least one data source'),
    tables: z.array(text).min(1, 'name at least one table, index or data stream'),
  })
  .strict();

export const testPlanSchema = z
  .object({ tests: z.array(testSchema).default([]), samples: z.array(sampleSchema).default([]) })
  .strict();

export type PlatformDef = z.infer<typeof platformSchema>;
export type DetectionFront = z.infer<typeof detectionFrontSchema>;
export type VariantFront = z.infer<typeof variantFrontSchema>;
export type TestPlan = z.infer<typeof testPlanSchema>;
