'use client';
// False positives: a title and how to recognise and tune each one out.
import type { FalsePositive } from '@/lib/detections/document';

interface Props {
  value: readonly FalsePositive[];
  onChange: (next: FalsePositive[]) => void;
}

const input =
  'w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-brand-500 focus:outline-none';

export function FalsePositivesField({ value, onChange }: Props) {
  const set = (i: number, change: Partial<FalsePositive>) =>
    onChange(value.map((fp, j) => (j === i ? { ...fp, ...change } : fp)));
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">False positives</legend>
      <ol className="mt-1 space-y-2">
        {value.map((fp, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their position is their identity
            key={i}
            className="grid gap-1.5 rounded-md border border-slate-200 bg-white p-2 sm:grid-cols-[1fr_2fr_auto]"
          >
            <input
              aria-label={`False positive ${i + 1} title`}
              placeholder="Approved backup jobs"
              value={fp.title}
              onChange={(e) => set(i, { title: e.target.value })}
              className={input}
            />
            <input
              aria-label={`False positive ${i + 1} detail`}
              placeholder="How to recognise it and tune it out"
              value={fp.detail}
              onChange={(e) => set(i, { detail: e.target.value })}
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
        onClick={() => onChange([...value, { title: '', detail: '' }])}
        className="mt-2 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:border-brand-500"
      >
        Add a false positive
      </button>
    </fieldset>
  );
}
