import type { SchemaError } from '../schema-validator';

/**
 * ajv reports every failed branch of an `anyOf`/`oneOf` separately, which reads as noise ("must be array", "must
 * be object", "must match a schema in anyOf"). When the value's type fits one branch, that branch's own errors are
 * the real reason and are kept; when no branch fits, the single anyOf/oneOf error stays and its branches go.
 */
export function condenseSchemaErrors(errors: readonly SchemaError[]): SchemaError[] {
  const dropped = new Set<SchemaError>();
  const alternatives = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);

  for (const alt of alternatives) {
    if (dropped.has(alt)) continue;
    const prefix = `${alt.schemaPath}/`;
    const inside = errors.filter((e) => e.schemaPath.startsWith(prefix) && isWithin(e.instancePath, alt.instancePath));
    const byBranch = new Map<string, SchemaError[]>();
    for (const e of inside) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const fitting = [...byBranch.values()].filter((branch) => !branch.some((e) => rejectsType(e, alt, prefix)));
    if (fitting.length === 1) {
      dropped.add(alt);
      for (const [, branch] of byBranch) if (branch !== fitting[0]) for (const e of branch) dropped.add(e);
    } else {
      for (const e of inside) dropped.add(e);
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

/** A branch that failed on `type` (or `const`) at the alternative's own value does not describe this value. */
function rejectsType(e: SchemaError, alt: SchemaError, prefix: string): boolean {
  if (e.instancePath !== alt.instancePath) return false;
  const rest = e.schemaPath.slice(prefix.length).split('/');
  return rest.length === 2 && (e.keyword === 'type' || e.keyword === 'const');
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

/** The types the failed branches of an alternative expected, for "must be a list or a mapping". */
export function branchTypes(alt: SchemaError, all: readonly SchemaError[]): string[] {
  const prefix = `${alt.schemaPath}/`;
  const types: string[] = [];
  for (const e of all) {
    if (e.instancePath !== alt.instancePath || !e.schemaPath.startsWith(prefix)) continue;
    if (e.keyword === 'type') types.push(...[e.params.type as string | string[]].flat());
  }
  return [...new Set(types)];
}

/** The constants of a `oneOf` of `const` branches (how the official schema writes enums). */
export function branchConstants(alt: SchemaError, all: readonly SchemaError[]): unknown[] {
  const prefix = `${alt.schemaPath}/`;
  return all
    .filter((e) => e.instancePath === alt.instancePath && e.schemaPath.startsWith(prefix) && e.keyword === 'const')
    .map((e) => e.params.allowedValue as unknown);
}
