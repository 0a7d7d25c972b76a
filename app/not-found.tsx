import Link from 'next/link';
import { urls } from '@/lib/urls';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="font-mono text-sm text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">No such page</h1>
      <p className="mt-2 text-slate-600">The detection, technique or platform you asked for isn’t in the catalog.</p>
      <Link
        href={urls.matrix()}
        className="mt-6 inline-block rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white"
      >
        Browse the ATT&amp;CK matrix
      </Link>
    </div>
  );
}
