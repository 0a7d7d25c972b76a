import type { PlatformListItem } from '../queries/platform-list';
import { urls } from '../urls';

export function platformJson(p: PlatformListItem) {
  return {
    slug: p.slug,
    name: p.name,
    shortName: p.shortName,
    vendor: p.vendor,
    language: p.language,
    detections: p._count.variants,
    links: {
      html: urls.platform(p.slug),
      detections: `${urls.api.detections()}?${new URLSearchParams({ platform: p.slug })}`,
    },
  };
}
