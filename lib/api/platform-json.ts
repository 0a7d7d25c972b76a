import type { PlatformListItem } from '../queries/platform-list';

export function platformJson(p: PlatformListItem) {
  return {
    slug: p.slug,
    name: p.name,
    shortName: p.shortName,
    vendor: p.vendor,
    language: p.language,
    detections: p._count.variants,
    links: {
      html: `/platforms/${p.slug}`,
      detections: `/api/v1/detections?platform=${p.slug}`,
    },
  };
}
