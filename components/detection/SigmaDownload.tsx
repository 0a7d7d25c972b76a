import { urls } from '@/lib/urls';
/** A plain link: the browser downloads because the server says attachment, so it works without JavaScript. */
export function SigmaDownload({ slug, block = false }: { slug: string; block?: boolean }) {
  return (
    <a
      href={urls.ruleFile(slug)}
      download={`${slug}.yml`}
      data-testid={block ? 'sigma-download-side' : 'sigma-download'}
      className={`inline-flex items-center justify-center gap-2 rounded-md bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 ${block ? 'w-full' : ''}`}
    >
      <svg
        width="16"
        height="16"
        viewBox="0 0 24 24"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      >
        <path d="M12 4v11m0 0-4-4m4 4 4-4M5 20h14" />
      </svg>
      Download Sigma rule (.yml)
    </a>
  );
}
