// The compact JSON forms: a technique list (bare array or inside {meta, tactics, techniques}) and a tactic list.
import { z } from 'zod';

export const compactMeta = z.object({
  attack_version: z.string().optional(),
  source_repo: z.string().optional(),
  source_commit: z.string().optional(),
});

// Rows may carry more keys (platforms, stix_id, ...); only these facts are read.
export const compactTechnique = z.object({
  id: z.string(),
  name: z.string().min(1).nullable(),
  name_art_display: z.string().min(1).nullable().optional(),
  tactics: z.array(z.string()),
  parent: z.string().nullable(),
  url: z.string().nullable().optional(),
  revoked: z.boolean(),
  deprecated: z.boolean(),
});

export const compactTactic = z.object({
  id: z.string().nullable(),
  // The 19.1 ART-derived file leaves `id` null where MITRE's ID could not be confirmed and puts the candidate here.
  id_unverified: z.string().nullable().optional(),
  shortname: z.string().min(1),
  name: z.string().min(1),
  order: z.number().int().positive(),
  url: z.string().nullable().optional(),
});

export const compactTechniqueFile = z.union([
  z.array(z.unknown()),
  z.object({
    meta: compactMeta.optional(),
    tactics: z.array(z.unknown()).optional(),
    techniques: z.array(z.unknown()),
  }),
]);

export const compactTacticFile = z.union([
  z.array(z.unknown()),
  z.object({ meta: compactMeta.optional(), tactics: z.array(z.unknown()) }),
]);

export type CompactMeta = z.infer<typeof compactMeta>;

/** MITRE's name in an earlier release, as ART-index rows carry it (`name_v18_1_official`); any release number is accepted. */
export function previousOfficialName(row: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(row)) {
    if (/^name_v\d+_\d+_official$/.test(key) && typeof value === 'string' && value !== '') return value;
  }
  return null;
}
