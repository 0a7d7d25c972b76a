import type { getPlatformPage } from '@/lib/queries/platform-page';
import { rulesBundleHref } from '@/lib/search/href';
import { urls } from '@/lib/urls';
import { DownloadLink } from '../ui/DownloadLink';
import { DetectionCard } from './DetectionCard';

type Page = NonNullable<Awaited<ReturnType<typeof getPlatformPage>>>;

export function PlatformView({ page }: { page: Page }) {
  const { platform, variants, platforms } = page;
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <div className="mb-6 flex flex-wrap gap-2" role="tablist" aria-label="Platforms">
        {platforms.map((p) => (
          <a
            key={p.slug}
            href={urls.platform(p.slug)}
            role="tab"
            aria-selected={p.slug === platform.slug}
            className={`rounded-full px-3.5 py-1.5 text-sm font-medium ${p.slug === platform.slug ? 'bg-ink text-white' : 'bg-white text-slate-700 ring-1 ring-slate-200 hover:ring-brand-500'}`}
          >
            {p.shortName}
          </a>
        ))}
      </div>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{platform.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {variants.length} detection{variants.length === 1 ? '' : 's'} written in {platform.language}.
          </p>
        </div>
        {variants.length ? (
          <DownloadLink href={rulesBundleHref({ q: '', platform: platform.slug, page: 1 })} testId="download-rules">
            Download these rules
          </DownloadLink>
        ) : null}
      </div>
      <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {variants.map((v) => (
          <DetectionCard key={v.id} d={v.detection} href={urls.variant(v.detection.slug, platform.slug)} />
        ))}
      </div>
    </div>
  );
}
