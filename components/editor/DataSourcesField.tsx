'use client';
// The logs a SIEM's query reads: each named as people know it, and how this SIEM ingests it.
import type { DataSource } from '@/lib/editor/form';

const input =
  'w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-brand-500 focus:outline-none';

export function DataSourcesField({
  value,
  onChange,
}: {
  value: readonly DataSource[];
  onChange: (next: DataSource[]) => void;
}) {
  const set = (i: number, change: Partial<DataSource>) =>
    onChange(value.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">Data sources</legend>
      <ol className="mt-1 space-y-1.5">
        {value.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their position is their identity
          <li key={i} className="grid gap-1.5 sm:grid-cols-[1fr_1fr_auto]">
            <input
              aria-label={`Data source ${i + 1}`}
              placeholder="AWS CloudTrail"
              value={s.name}
              onChange={(e) => set(i, { name: e.target.value })}
              className={input}
            />
            <input
              aria-label={`Data source ${i + 1} connector`}
              placeholder="How this SIEM ingests it"
              value={s.connector}
              onChange={(e) => set(i, { connector: e.target.value })}
              className={input}
            />
            <button
              type="button"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              className="rounded-md px-2 text-sm text-slate-500 hover:bg-slate-100 hover:text-rose-700"
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...value, { name: '', connector: '' }])}
        className="mt-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:border-brand-500"
      >
        Add a data source
      </button>
    </fieldset>
  );
}
