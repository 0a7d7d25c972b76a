// The test plan's props, apart from the client component: a server component can call this, not a client module.
export interface TestCase {
  key: string;
  name: string;
  environment: string;
  behaviour: string;
  logSource: string;
  eventNames: string[];
  fields: string[];
  signal: string;
  atomicRef: string | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** A stored test case as the test plan's props: exactly its fields, nothing else of the row goes to the browser. */
export function testCase(
  row: Omit<TestCase, 'eventNames' | 'fields'> & { eventNames: unknown; fields: unknown },
): TestCase {
  const { key, name, environment, behaviour, logSource, signal, atomicRef } = row;
  return {
    key,
    name,
    environment,
    behaviour,
    logSource,
    signal,
    atomicRef,
    eventNames: strings(row.eventNames),
    fields: strings(row.fields),
  };
}
