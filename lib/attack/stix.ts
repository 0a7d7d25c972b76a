// Reads an ATT&CK Enterprise STIX 2.x bundle (MITRE's own format) into one release's tactics and techniques.
import { basename } from 'node:path';
import { SourceError } from '../errors';
import {
  compareTechniqueIds,
  isSubtechniqueId,
  isTacticId,
  isTechniqueId,
  parentOf,
  tacticUrl,
  techniqueUrl,
  versionFrom,
} from './ids';
import { describeIssues, objectError } from './locate';
import {
  type AttackPattern,
  attackPattern,
  type MitreMatrix,
  type MitreTactic,
  mitreCollection,
  mitreMatrix,
  mitreTactic,
  type StixCommon,
  stixBundle,
} from './stix-schema';
import type { ImportedRelease, ImportedTechnique, Tactic } from './types';

const DOMAIN = 'enterprise-attack';
const KILL_CHAIN = 'mitre-attack';
const SCHEMAS = new Map<string, typeof attackPattern | typeof mitreTactic | typeof mitreMatrix>([
  ['attack-pattern', attackPattern],
  ['x-mitre-tactic', mitreTactic],
  ['x-mitre-matrix', mitreMatrix],
]);

interface Objects {
  patterns: AttackPattern[];
  tactics: MitreTactic[];
  matrices: MitreMatrix[];
  version: string | null;
}

type Fail = (code: string, stixId: string, problem: string) => SourceError;

export function parseStixBundle(data: unknown, file: string, text?: string): ImportedRelease {
  const bundle = stixBundle.safeParse(data);
  if (!bundle.success) {
    throw new SourceError('ATTACK_STIX_BUNDLE', `not a STIX bundle: ${describeIssues(bundle.error.issues)}`, { file });
  }
  const fail: Fail = (code, stixId, problem) =>
    objectError(code, file, text, stixId, problem, { key: 'id', value: stixId });
  const objects = readObjects(bundle.data.objects, file, text);
  const warnings: string[] = [];
  const tactics = orderTactics(objects, fail, file, warnings);
  const techniques = readTechniques(objects.patterns, tactics, fail, warnings);
  const spec = bundle.data.spec_version ? ` ${bundle.data.spec_version}` : '';
  return {
    file,
    version: objects.version,
    source: `${basename(file)} (STIX${spec} bundle ${bundle.data.id})`,
    tactics,
    techniques,
    notes: [],
    warnings,
  };
}

function readObjects(raw: unknown[], file: string, text: string | undefined): Objects {
  const out: Objects = { patterns: [], tactics: [], matrices: [], version: null };
  raw.forEach((value, index) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new SourceError('ATTACK_STIX_OBJECT', `objects[${index}]: not a JSON object`, { file });
    }
    const { type, id, name } = value as Record<string, unknown>;
    const schema = SCHEMAS.get(String(type));
    if (type === 'x-mitre-collection') {
      const collection = mitreCollection.safeParse(value);
      if (collection.success) out.version = versionFrom(collection.data.x_mitre_version);
      return;
    }
    if (!schema) return; // relationships, groups, software...: not facts this catalog keeps
    if (typeof id !== 'string' || id === '') {
      const label = `objects[${index}] (${String(type)}${typeof name === 'string' ? ` "${name}"` : ''})`;
      const at = typeof name === 'string' ? { key: 'name', value: name } : undefined;
      throw objectError('ATTACK_STIX_MISSING_ID', file, text, label, 'has no STIX "id"', at);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw objectError('ATTACK_STIX_OBJECT', file, text, id, describeIssues(parsed.error.issues), {
        key: 'id',
        value: id,
      });
    }
    const object: StixCommon = parsed.data;
    if (object.x_mitre_domains && !object.x_mitre_domains.includes(DOMAIN)) return;
    if ('tactic_refs' in object) out.matrices.push(object);
    else if ('x_mitre_shortname' in object) out.tactics.push(object);
    else out.patterns.push(object);
  });
  return out;
}

function attackId(object: StixCommon): string | undefined {
  return object.external_references.find((r) => r.source_name === KILL_CHAIN && r.external_id)?.external_id;
}

function retired(object: StixCommon): boolean {
  return object.revoked === true || object.x_mitre_deprecated === true;
}

function pickMatrix(matrices: MitreMatrix[], file: string): MitreMatrix {
  const live = matrices.filter((m) => !retired(m));
  const matrix = live.find((m) => attackId(m) === DOMAIN) ?? (live.length === 1 ? live[0] : undefined);
  if (!matrix) {
    const problem = live.length
      ? `${live.length} x-mitre-matrix objects and none is "${DOMAIN}"`
      : 'no x-mitre-matrix object';
    throw new SourceError('ATTACK_STIX_MATRIX', `${problem}: tactic order is unknown`, { file });
  }
  return matrix;
}

function orderTactics(objects: Objects, fail: Fail, file: string, warnings: string[]): Tactic[] {
  const matrix = pickMatrix(objects.matrices, file);
  const byStixId = new Map(objects.tactics.map((t) => [t.id, t]));
  const shortnames = new Set<string>();
  const tactics = matrix.tactic_refs.map((ref, index): Tactic => {
    const tactic = byStixId.get(ref);
    if (!tactic)
      throw fail(
        'ATTACK_STIX_MATRIX',
        matrix.id,
        `tactic_refs[${index}] "${ref}" is not an x-mitre-tactic in the bundle`,
      );
    const id = attackId(tactic);
    if (!id || !isTacticId(id)) {
      throw fail(
        'ATTACK_STIX_MISSING_ID',
        tactic.id,
        `no external_references entry with source_name "${KILL_CHAIN}" and a tactic ID (TAnnnn)`,
      );
    }
    if (shortnames.has(tactic.x_mitre_shortname)) {
      throw fail(
        'ATTACK_STIX_DUPLICATE',
        tactic.id,
        `x_mitre_shortname "${tactic.x_mitre_shortname}" appears twice in the matrix`,
      );
    }
    shortnames.add(tactic.x_mitre_shortname);
    return { id, shortname: tactic.x_mitre_shortname, name: tactic.name, url: tacticUrl(id), order: index + 1 };
  });
  const refs = new Set(matrix.tactic_refs);
  for (const t of objects.tactics)
    if (!refs.has(t.id)) warnings.push(`${t.id} "${t.name}" is not in the matrix; ignored`);
  return tactics;
}

function readTechniques(
  patterns: AttackPattern[],
  tactics: Tactic[],
  fail: Fail,
  warnings: string[],
): ImportedTechnique[] {
  const order = new Map(tactics.map((t) => [t.shortname, t.order]));
  const seen = new Map<string, string>();
  const techniques = patterns.map((p): ImportedTechnique => {
    const id = attackId(p);
    if (!id)
      throw fail(
        'ATTACK_STIX_MISSING_ID',
        p.id,
        `no external_references entry with source_name "${KILL_CHAIN}" and an external_id`,
      );
    if (!isTechniqueId(id))
      throw fail('ATTACK_STIX_ID', p.id, `external_id "${id}" is not a technique ID (Tnnnn or Tnnnn.nnn)`);
    const other = seen.get(id);
    if (other) throw fail('ATTACK_STIX_DUPLICATE', p.id, `${id} is also the ID of ${other}`);
    seen.set(id, p.id);
    const sub = p.x_mitre_is_subtechnique ?? false;
    if (sub !== isSubtechniqueId(id)) {
      throw fail(
        'ATTACK_STIX_SUBTECHNIQUE',
        p.id,
        `x_mitre_is_subtechnique is ${sub} but ${id} is ${sub ? 'not ' : ''}a sub-technique ID`,
      );
    }
    const phases = (p.kill_chain_phases ?? []).filter((k) => k.kill_chain_name === KILL_CHAIN).map((k) => k.phase_name);
    const unknown = phases.find((phase) => !order.has(phase));
    if (unknown)
      throw fail(
        'ATTACK_STIX_TACTIC',
        p.id,
        `kill_chain_phases names "${unknown}", which is not a tactic of the matrix`,
      );
    const revoked = p.revoked === true;
    const deprecated = p.x_mitre_deprecated === true;
    if (!phases.length && !revoked && !deprecated) {
      throw fail(
        'ATTACK_STIX_TACTIC',
        p.id,
        `${id} is active but has no kill_chain_phases with kill_chain_name "${KILL_CHAIN}"`,
      );
    }
    const url = p.external_references.find((r) => r.source_name === KILL_CHAIN)?.url;
    if (url && url.replace(/\/?$/, '/') !== techniqueUrl(id))
      warnings.push(`${p.id}: url ${url} does not match ${id}; using ${techniqueUrl(id)}`);
    const tacticsInOrder = [...new Set(phases)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return {
      id,
      name: p.name,
      artDisplayName: null,
      previousName: null,
      tactics: tacticsInOrder,
      parent: parentOf(id),
      revoked,
      deprecated,
    };
  });
  for (const t of techniques) {
    if (t.parent && !seen.has(t.parent))
      throw fail('ATTACK_STIX_PARENT', seen.get(t.id) ?? t.id, `${t.id}'s parent ${t.parent} is not in the bundle`);
  }
  return techniques.sort((a, b) => compareTechniqueIds(a.id, b.id));
}
