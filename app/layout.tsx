import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { DOCUMENT_SCRIPT_VERSION } from '@/lib/documents/document-script';
import { publicBase } from '@/lib/public-url';
import { urls } from '@/lib/urls';
import { SITE_DESCRIPTION, SITE_NAME } from './_data/metadata';
import './globals.css';

// Read when a page renders (not at build), so TRIPLINE_URL set at start makes every metadata URL absolute.
export function generateMetadata(): Metadata {
  const base = publicBase();
  return {
    ...(base ? { metadataBase: new URL(`${base}/`) } : {}),
    title: { default: SITE_NAME, template: '%s · Tripline' },
    description: SITE_DESCRIPTION,
    applicationName: 'Tripline',
    openGraph: { siteName: 'Tripline', type: 'website', title: SITE_NAME, description: SITE_DESCRIPTION, url: '/' },
    twitter: { card: 'summary', title: SITE_NAME, description: SITE_DESCRIPTION },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <script src={urls.documentScript(DOCUMENT_SCRIPT_VERSION)} defer />
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main className="flex-1">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
