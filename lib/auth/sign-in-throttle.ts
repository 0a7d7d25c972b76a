// Guessing passwords slows down: after too many failed sign-ins to one account, or from one address, further
// attempts are refused with the time to wait, whatever the password. Counts live in the database
// (lib/rate-limit), so several instances of the portal share them.
import type { Db } from '../db/client';
import { hitRateLimit, overRateLimit } from '../rate-limit/hit';
import { RATE_LIMITS } from '../rate-limit/limits';

export interface SignInRefusal {
  message: string;
  retryAfterSeconds: number;
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export async function signInRefusal(
  db: Db,
  email: string,
  ip: string | null,
  now = Date.now(),
): Promise<SignInRefusal | null> {
  if (email) {
    const account = await overRateLimit(db, RATE_LIMITS.signInFailuresPerAccount, email, now);
    if (account.over) {
      const wait = minutes(account.retryAfterSeconds);
      return {
        message: `Too many failed sign-ins to this account. Try again in ${wait} minute${wait === 1 ? '' : 's'}, or ask an admin to reset your password.`,
        retryAfterSeconds: account.retryAfterSeconds,
      };
    }
  }
  const address = await overRateLimit(db, RATE_LIMITS.signInFailuresPerAddress, ip ?? 'unknown', now);
  if (address.over) {
    const wait = minutes(address.retryAfterSeconds);
    return {
      message: `Too many failed sign-ins from your network address. Try again in ${wait} minute${wait === 1 ? '' : 's'}.`,
      retryAfterSeconds: address.retryAfterSeconds,
    };
  }
  return null;
}

export async function recordSignInFailure(db: Db, email: string, ip: string | null, now = Date.now()): Promise<void> {
  if (email) await hitRateLimit(db, RATE_LIMITS.signInFailuresPerAccount, email, now);
  await hitRateLimit(db, RATE_LIMITS.signInFailuresPerAddress, ip ?? 'unknown', now);
}
