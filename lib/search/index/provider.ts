import type { Provider } from '../../db/config';
import type { Prisma } from '../../generated/sqlite/client';

/**
 * The database a client (or a transaction of it) talks to. The index's SQL differs per database and the store is
 * handed a transaction, not a URL, so the client is asked; Prisma keeps the answer on every client it makes.
 */
export function providerOf(client: Prisma.TransactionClient): Provider {
  const provider = (client as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === 'sqlite' || provider === 'postgresql') return provider;
  throw new Error(`search index: cannot tell the database of this Prisma client (activeProvider ${provider})`);
}
