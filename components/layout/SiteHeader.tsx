import { AccountMenu } from '@/components/account/AccountMenu';
import { urls } from '@/lib/urls';
import { Logo } from './Logo';

const NAV = [
  { href: urls.matrix(), label: 'Techniques' },
  { href: urls.platform('qradar'), label: 'Platforms' },
  { href: urls.search(), label: 'Search' },
];

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
        <nav className="flex items-center gap-1 text-sm" aria-label="Main">
          {NAV.map((item) => (
            <a
              key={item.href}
              href={item.href}
              className="rounded-md px-2 py-1.5 text-slate-300 hover:bg-white/10 hover:text-white sm:px-2.5"
            >
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
              className="w-72 rounded-md border border-white/10 bg-white/5 px-3 py-1.5 text-sm text-white placeholder:text-slate-400 focus:border-brand-500 focus:outline-none"
            />
          </form>
        </search>
        <div className="ml-auto flex items-center md:ml-0">
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
