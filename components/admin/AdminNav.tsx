import Link from 'next/link';
import { urls } from '@/lib/urls';

const TABS = [
  { key: 'users', href: urls.adminUsers(), label: 'Accounts' },
  { key: 'audit', href: urls.adminAudit(), label: 'Audit log' },
] as const;

export function AdminNav({ current }: { current: (typeof TABS)[number]['key'] }) {
  return (
    <nav aria-label="Admin" className="flex gap-1 border-b border-slate-200 text-sm">
      {TABS.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? 'page' : undefined}
          className={`-mb-px border-b-2 px-3 py-2 font-medium ${
            t.key === current
              ? 'border-brand-600 text-slate-900'
              : 'border-transparent text-slate-500 hover:text-slate-800'
          }`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
