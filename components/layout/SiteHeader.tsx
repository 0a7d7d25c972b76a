import { urls } from '@/lib/urls';
import { Logo } from './Logo';

const NAV = [
  { href: urls.matrix(), label: 'Techniques' },
  { href: urls.platform('qradar'), label: 'Platforms' },
  { href: urls.search(), label: 'Search' },
];

const EMPTY = { __html: '' };

// Plain links: every page is a cached document, and next/link would prefetch each one in view on every page load.
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-white/10 bg-ink/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:gap-6 sm:px-6">
        <a href={urls.home()} className="flex items-center gap-2 text-white" aria-label="Tripline home">
          <Logo />
          {/* On a phone the mark alone (the link keeps its name): the nav and the account links need the width. */}
          <span className="hidden text-[15px] font-semibold tracking-tight sm:inline">Tripline</span>
        </a>
        <nav className="site-nav" aria-label="Main">
          {NAV.map((item) => (
            <a key={item.href} href={item.href}>
              {item.label}
            </a>
          ))}
        </nav>
        <search className="ml-auto hidden md:block">
          <form action={urls.search()}>
            <label className="sr-only" htmlFor="site-search">
              Search detections
            </label>
            <input
              id="site-search"
              name="q"
              placeholder="Search techniques, detections, event names…"
              className="site-search"
            />
          </form>
        </search>
        <div className="ml-auto flex items-center md:ml-0">
          {/* Filled in the browser by the document script (lib/documents/document-script.ts) from what the server
              says of who is signed in: every page is one cached copy for everyone. React leaves an element whose
              HTML it was given alone, so the script may write into it on the React pages too. */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: empty; the document script fills it with elements. */}
          <div className="min-w-16" data-account-menu={urls.api.accountMenu()} dangerouslySetInnerHTML={EMPTY} />
        </div>
      </div>
    </header>
  );
}
