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

/** A detection in a list: where it leads, what it covers, and on which SIEMs. Styled by `.dcard` (globals.css). */
export function DetectionCard({ d, href }: { d: DetectionCardData; href?: string }) {
  return (
    <a href={href ?? urls.detection(d.slug)} data-testid="detection-card" className="dcard">
      <span className="flex items-center justify-between gap-2">
        <span className="font-mono text-xs text-brand-700">{d.techniques?.map((t) => t.techniqueId).join(', ')}</span>
        <Badge tone={severityTone(d.severity)}>{d.severity}</Badge>
      </span>
      <b>{d.title}</b>
      <span className="line-clamp-2">{d.summary}</span>
      {d.variants?.length ? (
        <span className="siems">
          {d.variants.map((v) => (
            <span key={v.platformSlug}>{v.platformSlug}</span>
          ))}
        </span>
      ) : null}
    </a>
  );
}
