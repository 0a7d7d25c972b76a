import Link from 'next/link';
import { urls } from '@/lib/urls';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="font-mono text-sm text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">Not for your role</h1>
      <p className="mt-2 text-slate-600">
        You are signed in, but this page needs a role your account does not have. An admin can change it.
      </p>
      <Link
        href={urls.home()}
        className="mt-6 inline-block rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white"
      >
        Back to the catalog
      </Link>
    </div>
  );
}
