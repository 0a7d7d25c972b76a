// The parts of MITRE's STIX objects the importer reads; everything else (descriptions included) is ignored.
import { z } from 'zod';

const externalReference = z.object({
  source_name: z.string(),
  external_id: z.string().optional(),
  url: z.string().optional(),
});

const common = {
  id: z.string(),
  type: z.string(),
  name: z.string().min(1),
  external_references: z.array(externalReference),
  revoked: z.boolean().optional(),
  x_mitre_deprecated: z.boolean().optional(),
  x_mitre_domains: z.array(z.string()).optional(),
};

export const stixBundle = z.object({
  type: z.literal('bundle'),
  id: z.string(),
  spec_version: z.string().optional(),
  objects: z.array(z.unknown()),
});

export const attackPattern = z.object({
  ...common,
  kill_chain_phases: z.array(z.object({ kill_chain_name: z.string(), phase_name: z.string() })).optional(),
  x_mitre_is_subtechnique: z.boolean().optional(),
});

export const mitreTactic = z.object({ ...common, x_mitre_shortname: z.string().min(1) });

export const mitreMatrix = z.object({ ...common, tactic_refs: z.array(z.string()) });

// Full releases carry an x-mitre-collection whose version is the ATT&CK version; subsets may not.
export const mitreCollection = z.object({ id: z.string(), type: z.string(), x_mitre_version: z.string() });

export type AttackPattern = z.infer<typeof attackPattern>;
export type MitreTactic = z.infer<typeof mitreTactic>;
export type MitreMatrix = z.infer<typeof mitreMatrix>;
export type StixCommon = z.infer<typeof mitreTactic> | z.infer<typeof attackPattern> | z.infer<typeof mitreMatrix>;
