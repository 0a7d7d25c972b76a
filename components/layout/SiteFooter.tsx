import { urls } from '@/lib/urls';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-6 text-sm text-slate-500 sm:px-6">
        <span>Tripline · open detection content, every rule proven on sample events</span>
        <a href={urls.matrix()} className="hover:text-slate-800">
          ATT&amp;CK matrix
        </a>
        <a href={urls.api.detections()} className="hover:text-slate-800">
          JSON API
        </a>
        <span className="ml-auto">MITRE ATT&amp;CK® is a registered trademark of The MITRE Corporation.</span>
      </div>
    </footer>
  );
}
