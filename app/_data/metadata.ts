// The metadata every public page carries: its title and description, a canonical URL, and the same as Open Graph
// and Twitter card data for link previews. Paths are root-relative; the layout's metadataBase (TRIPLINE_URL) makes
// them absolute.
import type { Metadata } from 'next';

export const SITE_NAME = 'Tripline — open detection engineering catalog';
export const SITE_DESCRIPTION =
  'Detections for every MITRE ATT&CK technique on QRadar, Splunk, Sentinel and Elastic, each with a portable Sigma rule proven on sample events.';

export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
}: {
  title: string;
  description: string;
  path: string;
  type?: 'website' | 'article';
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: 'Tripline', type, locale: 'en' },
    twitter: { card: 'summary', title, description },
  };
}
