'use client';
// One tab per SIEM: its query in a code editor with its language's highlighting, "Draft from Sigma" (the converter's
// query with its gap report), the data sources and tables it reads, and its prose with live previews.
import { useState } from 'react';
import {
  applyDraft,
  type ConvertAnswer,
  draftVariant,
  emptyVariant,
  type GapFinding,
} from '@/lib/editor/draft-variant';
import type { VariantForm } from '@/lib/editor/form';
import { findingsIn, type PlacedFinding, variantSlot } from '@/lib/editor/place-findings';
import { urls } from '@/lib/urls';
import { CodeEditor } from './CodeEditor';
import { DataSourcesField } from './DataSourcesField';
import { FieldFindings } from './FieldFindings';
import { GapReport } from './GapReport';
import { MdxField } from './MdxField';

export interface PlatformOption {
  slug: string;
  name: string;
  language: string;
}

interface Props {
  platforms: readonly PlatformOption[];
  variants: readonly VariantForm[];
  onChange: (next: VariantForm[]) => void;
  sigma: string;
  findings: readonly PlacedFinding[];
}

export function VariantsField({ platforms, variants, onChange, sigma, findings }: Props) {
  const [active, setActive] = useState(platforms[0]?.slug ?? '');
  const [gaps, setGaps] = useState<Record<string, GapFinding[] | string>>({});
  const [drafting, setDrafting] = useState(false);
  const platform = platforms.find((p) => p.slug === active);
  const variant = variants.find((v) => v.platform === active);
  const put = (next: VariantForm) =>
    onChange(
      variants.some((v) => v.platform === next.platform)
        ? variants.map((v) => (v.platform === next.platform ? next : v))
        : [...variants, next],
    );
  const at = (field: string) => findingsIn(findings, variantSlot(active, field));

  async function draftFromSigma() {
    setDrafting(true);
    try {
      const res = await fetch(urls.api.sigmaConvert(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sigma, targets: [active] }),
      });
      const body = (await res.json()) as ConvertAnswer & { error?: { message: string } };
      if (!res.ok) {
        setGaps((g) => ({ ...g, [active]: body.error?.message ?? `the converter answered ${res.status}` }));
        return;
      }
      const draft = draftVariant(body, active);
      setGaps((g) => ({ ...g, [active]: draft.gaps }));
      put(applyDraft(variant ?? emptyVariant(active), draft));
    } catch {
      setGaps((g) => ({ ...g, [active]: 'The converter could not be reached.' }));
    } finally {
      setDrafting(false);
    }
  }

  const gapReport = gaps[active];
  const labelId = `field-query-${active}`;
  return (
    <div>
      <div role="tablist" aria-label="SIEMs" className="flex flex-wrap gap-1 border-b border-slate-200">
        {platforms.map((p) => {
          const has = variants.some((v) => v.platform === p.slug);
          const bad = findings.some((f) => f.slot.startsWith(`variant:${p.slug}:`) && f.severity === 'error');
          return (
            <button
              key={p.slug}
              type="button"
              role="tab"
              aria-selected={p.slug === active}
              onClick={() => setActive(p.slug)}
              className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${
                p.slug === active
                  ? 'border-slate-200 border-b-white bg-white font-medium text-slate-900'
                  : 'border-transparent text-slate-600 hover:text-slate-900'
              }`}
            >
              {p.name}
              <span className={`ml-1.5 text-xs ${bad ? 'text-rose-600' : has ? 'text-emerald-600' : 'text-slate-400'}`}>
                {bad ? '●' : has ? '✓' : '+'}
              </span>
            </button>
          );
        })}
      </div>
      {platform ? (
        <div role="tabpanel" className="space-y-4 rounded-b-md border border-t-0 border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              onClick={draftFromSigma}
              disabled={drafting}
              className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
            >
              {drafting ? 'Converting…' : `Draft from Sigma`}
            </button>
            {!variant ? (
              <button
                type="button"
                onClick={() => put(emptyVariant(active))}
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:border-brand-500"
              >
                Write a {platform.name} query by hand
              </button>
            ) : (
              <button
                type="button"
                onClick={() => onChange(variants.filter((v) => v.platform !== active))}
                className="ml-auto rounded-md px-3 py-1.5 text-sm text-slate-500 hover:bg-slate-100 hover:text-rose-700"
              >
                Remove {platform.name}
              </button>
            )}
          </div>
          {typeof gapReport === 'string' ? <p className="text-sm text-rose-700">{gapReport}</p> : null}
          {Array.isArray(gapReport) ? <GapReport gaps={gapReport} /> : null}
          {variant ? (
            <>
              <FieldFindings findings={at('platform')} />
              <div>
                <span id={labelId} className="block text-sm font-medium text-slate-800">
                  {platform.name} query ({platform.language})
                </span>
                <CodeEditor
                  key={active}
                  value={variant.query}
                  onChange={(query) => put({ ...variant, query })}
                  language={active === 'qradar' ? 'sql' : 'plain'}
                  labelledBy={labelId}
                  findings={at('query')}
                  minLines={6}
                  testId={`query-editor-${active}`}
                />
                <FieldFindings findings={at('query')} withLines />
              </div>
              <DataSourcesField
                value={variant.dataSources}
                onChange={(dataSources) => put({ ...variant, dataSources })}
              />
              <FieldFindings findings={at('dataSources')} />
              <div>
                <label htmlFor={`tables-${active}`} className="block text-sm font-medium text-slate-800">
                  Tables, indexes or data streams
                </label>
                <input
                  id={`tables-${active}`}
                  value={variant.tables}
                  onChange={(e) => put({ ...variant, tables: e.target.value })}
                  placeholder="Separated by commas"
                  className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 font-mono text-sm focus:border-brand-500 focus:outline-none"
                />
                <FieldFindings findings={at('tables')} />
              </div>
              <MdxField
                label="What the query does"
                value={variant.description}
                onChange={(description) => put({ ...variant, description })}
                findings={at('description')}
                rows={5}
              />
              <MdxField
                label="Tuning"
                value={variant.tuning}
                onChange={(tuning) => put({ ...variant, tuning })}
                findings={at('tuning')}
                rows={4}
              />
            </>
          ) : (
            <p className="text-sm text-slate-500">No {platform.name} query yet.</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
