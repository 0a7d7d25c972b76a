import { urls } from '@/lib/urls';

interface Props {
  slug: string;
  current: string;
  techniqueLabel: string;
  variants: Array<{ platformSlug: string; platform: { name: string; language: string } }>;
  hidePortable?: boolean;
}

export function OtherPlatforms({ slug, current, techniqueLabel, variants, hidePortable = false }: Props) {
  const others = variants
    .filter((v) => v.platformSlug !== current)
    .map((v) => ({ href: urls.variant(slug, v.platformSlug), name: v.platform.name, lang: v.platform.language }));
  if (!hidePortable) others.push({ href: urls.sigma(slug), name: 'Sigma (portable)', lang: 'YAML' });
  return (
    <div>
      <p className="mb-3 text-sm text-slate-600">
        {`The same detection for ${techniqueLabel}, written for each SIEM’s own language and data sources.`}
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {others.map((o) => (
          <li key={o.href}>
            <a href={o.href} data-testid="other-platform" className="tile flex items-center justify-between px-4 py-3">
              <b className="font-medium text-slate-900">{o.name}</b>
              <span className="chip">{o.lang}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
