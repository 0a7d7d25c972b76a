/** "Detect Traffic Duplication in IBM QRadar": the seed page's title form. */
export function variantTitle(detectionTitle: string, platformName: string): string {
  return `Detect ${detectionTitle} in ${platformName}`;
}
