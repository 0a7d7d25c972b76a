// `--placeholder name=value` (repeatable) for the commands that run rules with |expand: values gathered per name.
// A Map, because placeholder names are the user's (`--placeholder constructor=x`), never Object.prototype's.
export class PlaceholderArgs {
  private readonly values = new Map<string, string[]>();

  /** Adds one `name=value`; returns a message when it is malformed. */
  add(spec: string | undefined): string | undefined {
    const eq = spec?.indexOf('=') ?? -1;
    if (!spec || eq <= 0) return `--placeholder needs name=value, got '${spec ?? ''}'`;
    const name = spec.slice(0, eq);
    this.values.set(name, [...(this.values.get(name) ?? []), spec.slice(eq + 1)]);
    return undefined;
  }

  toRecord(): Record<string, string[]> {
    return Object.fromEntries(this.values);
  }
}
