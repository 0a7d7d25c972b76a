import type { TechniquePage } from '@/lib/queries/technique-page';
import { rulesBundleHref } from '@/lib/search/href';
import { urls } from '@/lib/urls';
import { DownloadLink } from '../ui/DownloadLink';

export function TechniqueView({ t }: { t: TechniquePage }) {
  const detections = t.detections.map((d) => d.detection);
  const tests = detections.flatMap((d) => d.testCases.map((c) => ({ ...c, slug: d.slug })));
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="mb-4 flex gap-1.5 text-sm text-slate-500">
        <a href={urls.matrix()} className="hover:text-slate-900">
          Techniques
        </a>
        {t.parent ? (
          <>
            <span>/</span>
            <a href={urls.technique(t.parent.id)} className="hover:text-slate-900">
              {t.parent.id}
            </a>
          </>
        ) : null}
        <span>/</span>
        <span className="text-slate-700">{t.id}</span>
      </nav>
      <p className="font-mono text-sm font-medium text-brand-700">{t.id}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900">
        {t.parent ? `${t.parent.name}: ${t.name}` : t.name}
      </h1>
      {t.revoked || t.deprecated ? (
        <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-800">
          This technique is {t.revoked ? 'revoked' : 'deprecated'} in ATT&amp;CK.
        </p>
      ) : null}
      <dl
        className="mt-6 grid gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-white p-5 text-sm sm:grid-cols-[10rem_1fr]"
        data-testid="technique-mapping"
      >
        <dt className="font-medium text-slate-500">Tactics</dt>
        <dd>{t.tactics.map(({ tactic }) => `${tactic.name} (${tactic.id})`).join(', ') || '—'}</dd>
        {t.parent ? (
          <>
            <dt className="font-medium text-slate-500">Parent technique</dt>
            <dd>
              <a className="text-brand-700 hover:underline" href={urls.technique(t.parent.id)}>
                {t.parent.id} {t.parent.name}
              </a>
            </dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-500">Canonical reference</dt>
        <dd>
          <a
            className="break-all text-brand-700 hover:underline"
            href={t.url}
            rel="noopener noreferrer"
            target="_blank"
          >
            {t.url}
          </a>
        </dd>
      </dl>

      <div className="mb-3 mt-8 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">Detections ({detections.length})</h2>
        {detections.length ? (
          <DownloadLink href={rulesBundleHref({ q: '', technique: t.id, page: 1 })} testId="download-rules">
            Download these rules
          </DownloadLink>
        ) : null}
      </div>
      {detections.length ? (
        <div className="space-y-4">
          {detections.map((d) => (
            <div
              key={d.slug}
              className="rounded-xl border border-slate-200 bg-white p-5"
              data-testid="technique-detection"
            >
              <a href={urls.detection(d.slug)} className="text-base font-semibold text-slate-900 hover:text-brand-700">
                {d.title}
              </a>
              <p className="mt-1 text-sm text-slate-600">{d.summary}</p>
              <div className="mt-3 flex flex-wrap gap-2">
                {d.variants.map((v) => (
                  <a
                    key={v.platformSlug}
                    href={urls.variant(d.slug, v.platformSlug)}
                    className="rounded-md border border-slate-200 px-2.5 py-1 text-sm font-medium text-slate-700 hover:border-brand-500 hover:text-brand-700"
                  >
                    {v.platformSlug}
                  </a>
                ))}
                <a
                  href={urls.ruleFile(d.slug)}
                  className="rounded-md border border-dashed border-slate-300 px-2.5 py-1 text-sm text-slate-600 hover:border-brand-500"
                >
                  Sigma .yml
                </a>
              </div>
            </div>
          ))}
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-500">
          No published detection covers {t.id} yet.
        </p>
      )}

      {t.subs.length ? (
        <>
          <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Sub-techniques</h2>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {t.subs.map((s) => (
              <li key={s.id} className="flex items-center justify-between px-4 py-2.5 text-sm">
                <a href={urls.technique(s.id)} className="text-slate-800 hover:text-brand-700">
                  <span className="font-mono text-slate-500">{s.id}</span> {s.name}
                </a>
                <span className={s.detections.length ? 'font-medium text-brand-700' : 'text-slate-400'}>
                  {s.detections.length} detection{s.detections.length === 1 ? '' : 's'}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {tests.length ? (
        <>
          <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Tests ({tests.length})</h2>
          <ul
            className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
            data-testid="technique-tests"
          >
            {tests.map((x) => (
              <li
                key={`${x.slug}/${x.key}`}
                className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm"
              >
                <a href={urls.detection(x.slug, 'testing')} className="text-slate-800 hover:text-brand-700">
                  {x.name}
                </a>
                <span className="rounded bg-slate-100 px-2 py-0.5 text-xs uppercase tracking-wide text-slate-600">
                  {x.environment}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
