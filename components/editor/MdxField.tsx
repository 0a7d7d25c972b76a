'use client';
// A prose field in MDX beside its live preview, rendered on the server by the public page's components a moment
// after typing stops (previewMdx): what readers will see, or where the portal refuses it.
import { type ReactNode, useEffect, useId, useState } from 'react';
import { previewMdx } from '@/app/editor/actions';
import type { PlacedFinding } from '@/lib/editor/place-findings';
import { FieldFindings } from './FieldFindings';

interface Props {
  label: string;
  hint?: string;
  value: string;
  onChange: (text: string) => void;
  findings: readonly PlacedFinding[];
  rows?: number;
}

const PREVIEW_DELAY_MS = 500;

export function MdxField({ label, hint, value, onChange, findings, rows = 8 }: Props) {
  const id = useId();
  const [preview, setPreview] = useState<ReactNode>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const rendered = await previewMdx(value).catch(() => (
        <p className="text-sm text-amber-700">The preview could not be rendered just now.</p>
      ));
      if (current) setPreview(rendered);
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [value]);

  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
        <textarea
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          rows={rows}
          spellCheck
          className="mt-1 w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-[13px] leading-5 focus:border-brand-500 focus:outline-none"
        />
        <FieldFindings findings={findings} withLines />
      </div>
      <section
        className="min-h-16 rounded-md border border-dashed border-slate-300 bg-white p-3"
        aria-label={`${label} preview`}
        data-testid="mdx-preview"
      >
        {preview}
      </section>
    </div>
  );
}
