// Shapes of the ATT&CK catalog (content/attack/enterprise-attack.json) and of what the readers hand to the builder.

export interface Tactic {
  id: string;
  shortname: string;
  name: string;
  url: string;
  /** 1-based column position in the Enterprise matrix. */
  order: number;
}

export interface Technique {
  id: string;
  name: string;
  /** Tactic shortnames, in matrix order. Empty for revoked/deprecated entries carried over from an older release. */
  tactics: string[];
  parent: string | null;
  url: string;
  revoked: boolean;
  deprecated: boolean;
}

/** Which rule gave each technique its name; the counts are written into the catalog so reviewers can see them. */
export const NAME_SOURCES = [
  'mitre',
  'previous-release',
  'art-display',
  'art-display-parent-stripped',
  'art-display-prefix-mismatch',
  'art-display-unprefixed',
  'previous-release-retired',
] as const;
export type NameSource = (typeof NAME_SOURCES)[number];
export type NameSourceCounts = Record<NameSource, number>;

export interface AttackCatalogFile {
  version: string;
  source: string;
  generatedBy: string;
  notes: string[];
  nameSources: NameSourceCounts;
  tactics: Tactic[];
  techniques: Technique[];
}

/** A technique as a reader found it: the name may still be missing and need resolving. */
export interface ImportedTechnique {
  id: string;
  /** MITRE's own name, when the source carries it. */
  name: string | null;
  /** Atomic Red Team's display name ("Parent: Sub" for sub-techniques), only in ART-derived compact files. */
  artDisplayName: string | null;
  /** MITRE's name from the previous release, when the source carries it (`name_v18_1_official`). */
  previousName: string | null;
  tactics: string[];
  parent: string | null;
  revoked: boolean;
  deprecated: boolean;
}

/** One ATT&CK release as read from one file, before names are resolved. */
export interface ImportedRelease {
  file: string;
  /** ATT&CK version ("19.1"), or null when the file does not say. */
  version: string | null;
  /** Short provenance: file name plus repository/commit or bundle id. */
  source: string;
  tactics: Tactic[];
  techniques: ImportedTechnique[];
  /** Facts about the input worth keeping in the catalog (e.g. an unverified tactic ID). */
  notes: string[];
  /** Oddities worth printing that do not change the output. */
  warnings: string[];
}
