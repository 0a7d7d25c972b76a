import Link from 'next/link';
import { Badge, severityTone } from '@/components/ui/Badge';
import { urls } from '@/lib/urls';

export interface DetectionCardData {
  slug: string;
  title: string;
  summary: string;
  severity: string;
  techniques?: Array<{ techniqueId: string }>;
  variants?: Array<{ platformSlug: string }>;
}

/** A detection in a list: where it leads, what it covers, and on which SIEMs. */
export function DetectionCard({ d, href }: { d: DetectionCardData; href?: string }) {
  return (
    <Link
      href={href ?? urls.detection(d.slug)}
      data-testid="detection-card"
      className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500"
    >
      <div className="flex items-center justify-between gap-2">
        <span className="font-mono text-xs text-brand-700">{d.techniques?.map((t) => t.techniqueId).join(', ')}</span>
        <Badge tone={severityTone(d.severity)}>{d.severity}</Badge>
      </div>
      <p className="mt-1 font-semibold text-slate-900">{d.title}</p>
      <p className="mt-1 line-clamp-2 text-sm text-slate-600">{d.summary}</p>
      {d.variants?.length ? (
        <div className="mt-3 flex flex-wrap gap-1.5">
          {d.variants.map((v) => (
            <span
              key={v.platformSlug}
              className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium uppercase tracking-wide text-slate-600"
            >
              {v.platformSlug}
            </span>
          ))}
        </div>
      ) : null}
    </Link>
  );
}
