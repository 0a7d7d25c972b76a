import type { Metadata } from 'next';
import { CreateTokenForm } from '@/components/account/CreateTokenForm';
import { RevokeTokenButton } from '@/components/account/RevokeTokenButton';
import { TokenList } from '@/components/account/TokenList';
import { listTokens } from '@/lib/auth/tokens';
import { getDb } from '@/lib/db/client';
import { urls } from '@/lib/urls';
import { requireActor } from '../../_data/actor';
import { createTokenAction, revokeTokenAction } from './actions';

export const metadata: Metadata = { title: 'API tokens', robots: { index: false } };

export default async function TokensPage() {
  const actor = await requireActor(urls.accountTokens());
  const tokens = await listTokens(getDb(), actor.userId);
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">API tokens</h1>
        <p className="mt-1 text-sm text-slate-600">
          Signed in as <strong>{actor.email}</strong> ({actor.role}). A personal token lets a pipeline do what you may
          do, through the write API, until you revoke it.
        </p>
      </div>
      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-3 text-[17px] font-semibold text-slate-900">New token</h2>
        <CreateTokenForm action={createTokenAction} />
      </section>
      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-3 text-[17px] font-semibold text-slate-900">Your tokens</h2>
        <TokenList
          tokens={tokens}
          revoke={(t) => <RevokeTokenButton id={t.id} name={t.name} action={revokeTokenAction} />}
        />
      </section>
    </div>
  );
}
