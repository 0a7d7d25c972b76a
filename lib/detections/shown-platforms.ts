// Which SIEMs a detection's pages offer: those a person wrote a query for, then those the converter made one (or
// tried to) from the Sigma rule, in the platforms' display order. A converted page says it was converted.
export interface PlatformInfo {
  slug: string;
  name: string;
  shortName: string;
  language: string;
  order: number;
}

export interface ShownPlatform {
  platformSlug: string;
  platform: PlatformInfo;
  /** true: the query is the converter's, not reviewed by a person. */
  converted: boolean;
  /** false: the converter could not express any rule of the detection for this SIEM; the page says why. */
  hasQuery: boolean;
  /** Data source names, for the overview's cards. */
  dataSources: string[];
}

interface AuthoredVariant {
  platformSlug: string;
  dataSources: Array<{ dataSource: { name: string } }>;
}

interface StoredConversion {
  platformSlug: string;
  query: string | null;
  dataSources: unknown;
}

const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

export function shownPlatforms(
  variants: readonly AuthoredVariant[],
  conversions: readonly StoredConversion[],
  platforms: readonly PlatformInfo[],
): ShownPlatform[] {
  const authored = new Map(variants.map((v) => [v.platformSlug, v]));
  const shown: ShownPlatform[] = [];
  for (const platform of [...platforms].sort((a, b) => a.order - b.order)) {
    const variant = authored.get(platform.slug);
    if (variant) {
      shown.push({
        platformSlug: platform.slug,
        platform,
        converted: false,
        hasQuery: true,
        dataSources: variant.dataSources.map((d) => d.dataSource.name),
      });
      continue;
    }
    const converted = conversions.filter((c) => c.platformSlug === platform.slug);
    if (converted.length === 0) continue;
    shown.push({
      platformSlug: platform.slug,
      platform,
      converted: true,
      hasQuery: converted.some((c) => c.query !== null),
      dataSources: [...new Set(converted.flatMap((c) => strings(c.dataSources)))],
    });
  }
  return shown;
}
