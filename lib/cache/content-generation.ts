// A counter that moves whenever public content changes, for the in-process caches of answers built from it
// (lib/http/response-cache.ts): an entry remembers the generation it was built in and is worthless once the counter
// has moved. It moves after a publish or unpublish commits (lib/workflow) and when a portal is told to revalidate
// (app/api/revalidate, which the import commands and other instances call).
//
// The counter lives on globalThis, not in this module: Next bundles instrumentation.ts (where the response cache
// runs) and each route separately, so each of them holds its own copy of this module.

const KEY = Symbol.for('tripline.content-generation');

interface State {
  generation: number;
}

function state(): State {
  const g = globalThis as typeof globalThis & { [KEY]?: State };
  g[KEY] ??= { generation: 0 };
  return g[KEY];
}

export function contentGeneration(): number {
  return state().generation;
}

/** Public content changed: every answer cached in this process from the old content is thrown away. */
export function contentChanged(): void {
  state().generation++;
}
