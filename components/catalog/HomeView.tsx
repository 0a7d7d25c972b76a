import { CoverageLegend } from '@/components/attack/CoverageLegend';
import { MatrixGrid } from '@/components/attack/MatrixGrid';
import type { PackedColumn } from '@/lib/attack/matrix-view';
import type { getHome } from '@/lib/queries/home';
import { urls } from '@/lib/urls';
import { DetectionCard } from './DetectionCard';

type Home = Awaited<ReturnType<typeof getHome>>;

export function HomeView({ home, columns }: { home: Home; columns: PackedColumn[] }) {
  const stats = [
    { label: 'Detections', value: home.detections },
    { label: 'SIEM queries', value: home.variants },
    { label: 'Techniques covered', value: home.techniquesCovered },
    { label: 'Proving sample events', value: home.samples },
  ];
  return (
    <>
      <section className="bg-ink text-white">
        <div className="mx-auto max-w-7xl px-4 py-14 sm:px-6">
          <h1 className="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">
            Detections you can trust, for the SIEM you run.
          </h1>
          <p className="mt-3 max-w-2xl text-slate-300">
            Every MITRE ATT&amp;CK technique, written for QRadar, Splunk, Sentinel and Elastic, with a portable Sigma
            rule proven on real-shaped log samples. Open, free, no paywall.
          </p>
          <search className="mt-6 max-w-xl">
            <form action={urls.search()} className="flex gap-2">
              <label htmlFor="home-search" className="sr-only">
                Search
              </label>
              <input
                id="home-search"
                name="q"
                placeholder="T1020.001, CreateTrafficMirrorSession, packet mirroring…"
                className="flex-1 rounded-md border border-white/15 bg-white/10 px-4 py-2.5 text-white placeholder:text-slate-400 focus:border-brand-500 focus:outline-none"
              />
              <button type="submit" className="rounded-md bg-brand-600 px-4 py-2.5 font-semibold hover:bg-brand-500">
                Search
              </button>
            </form>
          </search>
          <dl className="mt-10 grid max-w-3xl grid-cols-2 gap-6 sm:grid-cols-4" data-testid="home-counts">
            {stats.map((s) => (
              <div key={s.label}>
                <dt className="text-xs uppercase tracking-wide text-slate-400">{s.label}</dt>
                <dd className="mt-1 text-2xl font-bold">{s.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </section>
      <div className="mx-auto max-w-7xl space-y-10 px-4 py-10 sm:px-6">
        <section>
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <h2 className="text-lg font-semibold text-slate-900">ATT&amp;CK coverage</h2>
            <CoverageLegend />
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <MatrixGrid columns={columns} compact />
          </div>
          <a href={urls.matrix()} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">
            Open the full matrix →
          </a>
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold text-slate-900">Platforms</h2>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {home.platforms.map((p) => (
              <a
                key={p.slug}
                href={urls.platform(p.slug)}
                className="rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-500"
              >
                <p className="font-semibold text-slate-900">{p.name}</p>
                <p className="text-sm text-slate-600">{`${p._count.variants} detections · ${p.language}`}</p>
              </a>
            ))}
          </div>
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold text-slate-900">Recently changed</h2>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {home.recent.map((d) => (
              <DetectionCard key={d.slug} d={d} />
            ))}
          </div>
        </section>
      </div>
    </>
  );
}
