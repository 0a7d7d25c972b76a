// The catalog file's schema: the importer checks what it is about to write, the loader checks what it reads.
import { z } from 'zod';
import { isTacticId, isTechniqueId } from './ids';
import { type AttackCatalogFile, NAME_SOURCES } from './types';

const tactic = z.strictObject({
  id: z.string().refine(isTacticId, 'not a tactic ID'),
  shortname: z.string().min(1),
  name: z.string().min(1),
  url: z.url(),
  order: z.number().int().positive(),
});

const technique = z.strictObject({
  id: z.string().refine(isTechniqueId, 'not a technique ID'),
  name: z.string().min(1),
  tactics: z.array(z.string()),
  parent: z.string().refine(isTechniqueId, 'not a technique ID').nullable(),
  url: z.url(),
  revoked: z.boolean(),
  deprecated: z.boolean(),
});

const nameSources = z.strictObject(
  Object.fromEntries(NAME_SOURCES.map((s) => [s, z.number().int().nonnegative()])) as Record<
    (typeof NAME_SOURCES)[number],
    z.ZodNumber
  >,
);

export const attackCatalogSchema = z
  .strictObject({
    version: z.string().min(1),
    source: z.string().min(1),
    generatedBy: z.string().min(1),
    notes: z.array(z.string()),
    nameSources,
    tactics: z.array(tactic).min(1),
    techniques: z.array(technique),
  })
  .superRefine((file, ctx) => {
    const shortnames = new Set(file.tactics.map((t) => t.shortname));
    const ids = new Set(file.techniques.map((t) => t.id));
    file.techniques.forEach((t, i) => {
      for (const s of t.tactics) {
        if (!shortnames.has(s))
          ctx.addIssue({
            code: 'custom',
            path: ['techniques', i, 'tactics'],
            message: `${t.id}: unknown tactic "${s}"`,
          });
      }
      if (t.parent && !ids.has(t.parent))
        ctx.addIssue({
          code: 'custom',
          path: ['techniques', i, 'parent'],
          message: `${t.id}: parent ${t.parent} is not in the catalog`,
        });
    });
    if (ids.size !== file.techniques.length)
      ctx.addIssue({ code: 'custom', path: ['techniques'], message: 'a technique ID appears twice' });
  }) satisfies z.ZodType<AttackCatalogFile>;
