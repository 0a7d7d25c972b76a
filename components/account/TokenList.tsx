import type { ReactNode } from 'react';
import { formatWhen } from '@/components/ui/format-when';

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** My tokens, newest first; `revoke` renders the revoke control of an active one. */
export function TokenList({ tokens, revoke }: { tokens: TokenRow[]; revoke: (t: TokenRow) => ReactNode }) {
  if (tokens.length === 0) return <p className="text-sm text-slate-600">You have no API tokens yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="token-list">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 pr-4 font-medium">Name</th>
            <th className="py-2 pr-4 font-medium">Token</th>
            <th className="py-2 pr-4 font-medium">Created</th>
            <th className="py-2 pr-4 font-medium">Last used</th>
            <th className="py-2 font-medium">
              <span className="sr-only">State</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((t) => (
            <tr key={t.id} data-testid="token-row" data-token-name={t.name}>
              <td className="py-2.5 pr-4 font-medium text-slate-900">{t.name}</td>
              <td className="py-2.5 pr-4 font-mono text-xs text-slate-500">{t.prefix}…</td>
              <td className="py-2.5 pr-4 text-slate-600">{formatWhen(t.createdAt)}</td>
              <td className="py-2.5 pr-4 text-slate-600">{t.lastUsedAt ? formatWhen(t.lastUsedAt) : 'never'}</td>
              <td className="py-2.5 text-right">
                {t.revokedAt ? (
                  <span className="text-xs text-slate-500">revoked {formatWhen(t.revokedAt)}</span>
                ) : (
                  revoke(t)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
