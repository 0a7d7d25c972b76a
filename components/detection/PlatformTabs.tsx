import Link from 'next/link';
import { urls } from '@/lib/urls';
import { PORTABLE_SLUG } from '@/lib/vocabulary';

interface Props {
  slug: string;
  current: string;
  variants: Array<{ platformSlug: string; platform: { shortName: string; language: string }; converted?: boolean }>;
}

/** One detection, one tab per SIEM plus the portable rule: switching keeps the reader on the same detection. */
export function PlatformTabs({ slug, current, variants }: Props) {
  const tabs = [
    ...variants.map((v) => ({
      slug: v.platformSlug,
      label: v.platform.shortName,
      lang: v.platform.language,
      converted: v.converted ?? false,
    })),
    { slug: PORTABLE_SLUG, label: 'Sigma', lang: 'YAML', converted: false },
  ];
  return (
    <nav aria-label="Platforms" className="border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-1 px-4 sm:px-6" data-testid="platform-tabs">
        {tabs.map((t) => {
          const active = t.slug === current;
          return (
            <li key={t.slug}>
              <Link
                href={urls.variant(slug, t.slug)}
                aria-current={active ? 'page' : undefined}
                className={`flex items-center gap-2 whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium ${
                  active
                    ? 'border-brand-600 text-slate-900'
                    : 'border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-800'
                }`}
              >
                {t.label}
                <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[11px] text-slate-600">
                  {t.lang}
                </span>
                {t.converted ? <span className="text-[11px] font-normal text-amber-700">converted</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
