// The page queries a route's generateMetadata and its page both ask for, memoised per render with React's cache()
// so the two share one database round trip. lib/queries stays plain functions; React lives here, in the app layer.
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { getDetectionOverview } from '@/lib/queries/detection-overview';
import { getDetectionVariantPage } from '@/lib/queries/detection-variant-page';
import { getPlatformPage } from '@/lib/queries/platform-page';
import { getTechniquePage } from '@/lib/queries/technique-page';

export const detectionOverview = cache((slug: string) => getDetectionOverview(getDb(), slug));
export const detectionVariantPage = cache((slug: string, platform: string) =>
  getDetectionVariantPage(getDb(), slug, platform),
);
export const platformPage = cache((slug: string) => getPlatformPage(getDb(), slug));
export const techniquePage = cache((id: string) => getTechniquePage(getDb(), id));
