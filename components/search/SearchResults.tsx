import { DetectionCard } from '@/components/catalog/DetectionCard';
import type { SearchHit } from '@/lib/search/search-detections';
import { urls } from '@/lib/urls';
import { Snippet } from './Snippet';

/** The hits as cards, each with where the words were found; with a platform chosen, each opens on that SIEM's page. */
export function SearchResults({ items, platform }: { items: SearchHit[]; platform?: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="search-results">
      {items.map((d) => (
        <div key={d.slug} className="flex flex-col gap-1.5">
          <DetectionCard d={d} href={platform ? urls.variant(d.slug, platform) : urls.detection(d.slug)} />
          {d.snippet ? <Snippet parts={d.snippet} /> : null}
        </div>
      ))}
    </div>
  );
}
