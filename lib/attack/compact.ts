// Reads the compact ATT&CK JSON forms (technique rows + tactic rows) into one release's tactics and techniques.
import { basename } from 'node:path';
import { SourceError } from '../errors';
import {
  type CompactMeta,
  compactTactic,
  compactTacticFile,
  compactTechnique,
  compactTechniqueFile,
  previousOfficialName,
} from './compact-schema';
import { compareTechniqueIds, isTacticId, isTechniqueId, parentOf, tacticUrl, techniqueUrl, versionFrom } from './ids';
import { describeIssues, objectError } from './locate';
import type { ImportedRelease, ImportedTechnique, Tactic } from './types';

export interface JsonInput {
  file: string;
  data: unknown;
  /** The raw text, so errors can point at a line. */
  text?: string;
}

/** `tacticsOptional`: an older release read only for names and retired IDs needs no tactic list. */
export function parseCompact(main: JsonInput, tacticsInput?: JsonInput, tacticsOptional = false): ImportedRelease {
  const parsed = compactTechniqueFile.safeParse(main.data);
  if (!parsed.success) {
    throw new SourceError(
      'ATTACK_COMPACT_FILE',
      `not compact ATT&CK JSON (an array of techniques or {techniques: [...]}): ${describeIssues(parsed.error.issues)}`,
      { file: main.file },
    );
  }
  const rows = Array.isArray(parsed.data) ? parsed.data : parsed.data.techniques;
  const meta = Array.isArray(parsed.data) ? undefined : parsed.data.meta;
  const embeddedTactics = Array.isArray(parsed.data) ? undefined : parsed.data.tactics;
  const notes: string[] = [];
  const warnings: string[] = [];

  let tactics: Tactic[];
  let tacticMeta: CompactMeta | undefined;
  if (tacticsInput) {
    const file = compactTacticFile.safeParse(tacticsInput.data);
    if (!file.success) {
      throw new SourceError('ATTACK_COMPACT_FILE', `not a compact tactic list: ${describeIssues(file.error.issues)}`, {
        file: tacticsInput.file,
      });
    }
    tactics = readTactics(Array.isArray(file.data) ? file.data : file.data.tactics, tacticsInput, notes, warnings);
    tacticMeta = Array.isArray(file.data) ? undefined : file.data.meta;
  } else if (embeddedTactics) {
    tactics = readTactics(embeddedTactics, main, notes, warnings);
  } else if (tacticsOptional) {
    tactics = [];
  } else {
    throw new SourceError(
      'ATTACK_COMPACT_TACTICS',
      'the technique list carries no tactics: pass the tactic list with --tactics <file>',
      { file: main.file },
    );
  }

  const stated = meta?.attack_version ?? tacticMeta?.attack_version;
  const repo =
    meta?.source_repo && meta.source_commit ? ` (${meta.source_repo}@${meta.source_commit.slice(0, 8)})` : '';
  const tacticsFrom = tacticsInput ? `; tactics from ${basename(tacticsInput.file)}` : '';
  return {
    file: main.file,
    version: stated ? versionFrom(stated) : null,
    source: `${basename(main.file)}${repo}${tacticsFrom}`,
    tactics,
    techniques: readTechniques(rows, tactics, main, warnings),
    notes,
    warnings,
  };
}

function readTactics(rows: unknown[], input: JsonInput, notes: string[], warnings: string[]): Tactic[] {
  const tactics = rows.map((raw, index): Tactic => {
    const row = compactTactic.safeParse(raw);
    if (!row.success) {
      throw objectError(
        'ATTACK_COMPACT_TACTIC',
        input.file,
        input.text,
        `tactics[${index}]`,
        describeIssues(row.error.issues),
      );
    }
    const { shortname, name, order } = row.data;
    const label = `tactic "${shortname}"`;
    const at = { key: 'shortname', value: shortname };
    const id = row.data.id ?? row.data.id_unverified;
    if (!id || !isTacticId(id)) {
      throw objectError(
        'ATTACK_COMPACT_TACTIC',
        input.file,
        input.text,
        label,
        `has no tactic ID (TAnnnn) in "id" or "id_unverified"`,
        at,
      );
    }
    if (!row.data.id) {
      notes.push(
        `Tactic ${name} (${shortname}) carries ID ${id} from the "id_unverified" field of ${basename(input.file)}: unverified, no official MITRE file at hand confirms it.`,
      );
    }
    if (row.data.url && row.data.url.replace(/\/?$/, '/') !== tacticUrl(id))
      warnings.push(`${label}: url ${row.data.url} does not match ${id}; using ${tacticUrl(id)}`);
    return { id, shortname, name, url: tacticUrl(id), order };
  });
  tactics.sort((a, b) => a.order - b.order);
  tactics.forEach((t, index) => {
    if (t.order !== index + 1) {
      throw objectError(
        'ATTACK_COMPACT_TACTIC',
        input.file,
        input.text,
        `tactic "${t.shortname}"`,
        `order ${t.order}: tactic orders must run 1..${tactics.length} without gaps or repeats`,
        { key: 'shortname', value: t.shortname },
      );
    }
  });
  for (const [key, pick] of [
    ['id', (t: Tactic) => t.id],
    ['shortname', (t: Tactic) => t.shortname],
  ] as const) {
    const seen = new Set<string>();
    for (const t of tactics) {
      if (seen.has(pick(t)))
        throw objectError(
          'ATTACK_COMPACT_TACTIC',
          input.file,
          input.text,
          `tactic "${t.shortname}"`,
          `${key} ${pick(t)} appears twice`,
        );
      seen.add(pick(t));
    }
  }
  return tactics;
}

function readTechniques(rows: unknown[], tactics: Tactic[], input: JsonInput, warnings: string[]): ImportedTechnique[] {
  const order = new Map(tactics.map((t) => [t.shortname, t.order]));
  const fail = (id: string, problem: string) =>
    objectError('ATTACK_COMPACT_TECHNIQUE', input.file, input.text, id, problem, { key: 'id', value: id });
  const techniques = rows.map((raw, index): ImportedTechnique => {
    const row = compactTechnique.safeParse(raw);
    if (!row.success) {
      const id =
        typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
          ? (raw as { id: string }).id
          : undefined;
      if (id) throw fail(id, describeIssues(row.error.issues));
      throw objectError(
        'ATTACK_COMPACT_TECHNIQUE',
        input.file,
        input.text,
        `techniques[${index}]`,
        describeIssues(row.error.issues),
      );
    }
    const { id, tactics: names, parent, revoked, deprecated } = row.data;
    if (!isTechniqueId(id)) throw fail(id, 'is not a technique ID (Tnnnn or Tnnnn.nnn)');
    if (parent !== parentOf(id))
      throw fail(id, `parent ${String(parent)} does not match the ID (expected ${String(parentOf(id))})`);
    const unknown = order.size ? names.find((n) => !order.has(n)) : undefined;
    if (unknown) throw fail(id, `tactic "${unknown}" is not in the tactic list`);
    if (!names.length && !revoked && !deprecated) throw fail(id, 'is active but has no tactics');
    if (row.data.url && row.data.url.replace(/\/?$/, '/') !== techniqueUrl(id))
      warnings.push(`${id}: url ${row.data.url} does not match the ID; using ${techniqueUrl(id)}`);
    return {
      id,
      name: row.data.name,
      artDisplayName: row.data.name_art_display ?? null,
      previousName: previousOfficialName(raw as Record<string, unknown>),
      tactics: [...new Set(names)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      parent,
      revoked,
      deprecated,
    };
  });
  const ids = new Set<string>();
  for (const t of techniques) {
    if (ids.has(t.id)) throw fail(t.id, 'appears twice');
    ids.add(t.id);
  }
  for (const t of techniques)
    if (t.parent && !ids.has(t.parent)) throw fail(t.id, `parent ${t.parent} is not in the file`);
  return techniques.sort((a, b) => compareTechniqueIds(a.id, b.id));
}
