import { Badge, severityTone } from '@/components/ui/Badge';
import { urls } from '@/lib/urls';
import { PUBLISHED } from '@/lib/vocabulary';

interface Related {
  slug: string;
  title: string;
  summary: string;
  status: string;
  severity: string;
  techniques: Array<{ techniqueId: string }>;
  variants: Array<{ platformSlug: string }>;
}

/** Links to related detections, on the same SIEM when the related one has it. */
export function RelatedDetections({ items, platform }: { items: Related[]; platform: string }) {
  const shown = items.filter((r) => r.status === PUBLISHED);
  if (!shown.length) return <p className="text-sm text-slate-500">No related detections yet.</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {shown.map((r) => {
        const href = r.variants.some((v) => v.platformSlug === platform)
          ? urls.variant(r.slug, platform)
          : urls.detection(r.slug);
        return (
          <li key={r.slug}>
            <a href={href} data-testid="related-detection" className="tile block h-full p-4">
              <span className="flex items-center justify-between gap-2">
                <span className="font-mono text-xs text-brand-700">
                  {r.techniques.map((t) => t.techniqueId).join(', ')}
                </span>
                <Badge tone={severityTone(r.severity)}>{r.severity}</Badge>
              </span>
              <b className="mt-1 block font-medium text-slate-900">{r.title}</b>
              <span className="mt-1 line-clamp-2 text-sm text-slate-600">{r.summary}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
