import { DetectionCard } from '@/components/catalog/DetectionCard';
import type { SearchHit } from '@/lib/search/search-detections';
import { urls } from '@/lib/urls';

/** The hits as cards; with a platform chosen, each opens straight on that SIEM's page. */
export function SearchResults({ items, platform }: { items: SearchHit[]; platform?: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="search-results">
      {items.map((d) => (
        <DetectionCard key={d.slug} d={d} href={platform ? urls.variant(d.slug, platform) : urls.detection(d.slug)} />
      ))}
    </div>
  );
}
