import Link from 'next/link';
import { urls } from '@/lib/urls';

interface Props {
  slug: string;
  current: string;
  techniqueLabel: string;
  variants: Array<{ platformSlug: string; platform: { name: string; language: string } }>;
  hidePortable?: boolean;
}

export function OtherPlatforms({ slug, current, techniqueLabel, variants, hidePortable = false }: Props) {
  const others = variants.filter((v) => v.platformSlug !== current);
  return (
    <div>
      <p className="mb-3 text-sm text-slate-600">
        The same detection for {techniqueLabel}, written for each SIEM’s own language and data sources.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {others.map((v) => (
          <li key={v.platformSlug}>
            <Link
              href={urls.variant(slug, v.platformSlug)}
              data-testid="other-platform"
              className="flex items-center justify-between rounded-lg border border-slate-200 px-4 py-3 hover:border-brand-500 hover:bg-brand-50"
            >
              <span className="font-medium text-slate-900">{v.platform.name}</span>
              <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">
                {v.platform.language}
              </span>
            </Link>
          </li>
        ))}
        {hidePortable ? null : (
          <li>
            <Link
              href={urls.sigma(slug)}
              data-testid="other-platform"
              className="flex items-center justify-between rounded-lg border border-dashed border-slate-300 px-4 py-3 hover:border-brand-500 hover:bg-brand-50"
            >
              <span className="font-medium text-slate-900">Sigma (portable)</span>
              <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">YAML</span>
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}
