interface Test {
  key: string;
  name: string;
  environment: string;
  behaviour: string;
  logSource: string;
  eventNames: unknown;
  fields: unknown;
  signal: string;
  atomicRef: string | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function TestPlan({ tests }: { tests: Test[] }) {
  return (
    <ol className="space-y-4 [overflow-wrap:anywhere]">
      {tests.map((t, i) => (
        <li key={t.key} data-testid="test-case" className="rounded-lg border border-slate-200 p-4">
          <div className="flex flex-wrap items-center gap-2">
            <span className="flex h-6 w-6 items-center justify-center rounded-full bg-ink text-xs font-semibold text-white">
              {i + 1}
            </span>
            <h3 className="font-semibold text-slate-900">{t.name}</h3>
            <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium uppercase tracking-wide text-slate-600">
              {t.environment}
            </span>
            {t.atomicRef ? <span className="text-xs text-slate-500">Atomic Red Team: {t.atomicRef}</span> : null}
          </div>
          <p className="mt-3 text-sm leading-6 text-slate-700">
            <span className="font-medium text-slate-900">Behaviour to exercise: </span>
            {t.behaviour}
          </p>
          <div data-testid="expected-signal" className="mt-3 rounded-md bg-slate-50 p-3 text-sm">
            <p className="font-medium text-slate-900">Expected signal in {t.logSource}</p>
            <p className="mt-1 leading-6 text-slate-700">{t.signal}</p>
            <div className="mt-2 flex flex-wrap gap-1.5">
              {strings(t.eventNames).map((e) => (
                <code
                  key={e}
                  className="rounded bg-white px-1.5 py-0.5 font-mono text-xs text-slate-800 ring-1 ring-slate-200 [overflow-wrap:anywhere]"
                >
                  {e}
                </code>
              ))}
            </div>
            <p className="mt-2 text-xs text-slate-500">
              Fields:{' '}
              <span className="font-mono text-slate-700 [overflow-wrap:anywhere]">{strings(t.fields).join(' · ')}</span>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
