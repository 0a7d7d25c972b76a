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
    <nav aria-label="Platforms" className="tabs border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-1 px-4 sm:px-6" data-testid="platform-tabs">
        {tabs.map((t) => (
          <li key={t.slug}>
            <a href={urls.variant(slug, t.slug)} aria-current={t.slug === current ? 'page' : undefined}>
              {t.label}
              <span className="chip">{t.lang}</span>
              {t.converted ? <span className="text-[11px] font-normal text-amber-700">converted</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
