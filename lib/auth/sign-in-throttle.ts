// Guessing passwords slows down: after too many failed sign-ins to one account, or from one address, further
// attempts are refused with the time to wait, whatever the password. Counts live in the database
// (lib/rate-limit), so several instances of the portal share them.
//
// Every attempt is counted before its password is checked, in one atomic statement, and a success is taken back
// afterwards. Checking first and counting failures afterwards would let a burst of concurrent guesses all pass the
// check before the first of them failed: the limit would bound nothing.
import type { Db } from '../db/client';
import { hitRateLimit, unhitRateLimit } from '../rate-limit/hit';
import { RATE_LIMITS } from '../rate-limit/limits';

export interface SignInRefusal {
  message: string;
  retryAfterSeconds: number;
  /** Whether this is the first refusal of its account (or address) in the window: the one the audit log records. */
  audit: boolean;
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
const plural = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** Counts an attempt against the account and the address: null when it may go on to the password check. */
export async function startSignInAttempt(
  db: Db,
  email: string,
  ip: string | null,
  now = Date.now(),
): Promise<SignInRefusal | null> {
  const account = email ? await hitRateLimit(db, RATE_LIMITS.signInFailuresPerAccount, email, now) : null;
  if (account && !account.allowed) {
    return {
      audit: await firstRefusal(db, `account|${email}`, now),
      message: `Too many failed sign-ins to this account. Try again in ${plural(minutes(account.retryAfterSeconds))}, or ask an admin to reset your password.`,
      retryAfterSeconds: account.retryAfterSeconds,
    };
  }
  const address = await hitRateLimit(db, RATE_LIMITS.signInFailuresPerAddress, ip ?? 'unknown', now);
  if (!address.allowed) {
    if (email) await unhitRateLimit(db, RATE_LIMITS.signInFailuresPerAccount, email, now);
    return {
      audit: await firstRefusal(db, `address|${ip ?? 'unknown'}`, now),
      message: `Too many failed sign-ins from your network address. Try again in ${plural(minutes(address.retryAfterSeconds))}.`,
      retryAfterSeconds: address.retryAfterSeconds,
    };
  }
  return null;
}

async function firstRefusal(db: Db, client: string, now: number): Promise<boolean> {
  return (await hitRateLimit(db, RATE_LIMITS.signInRefusalsAudited, client, now)).allowed;
}

/** The attempt started at `now` succeeded: it is not a failure, so it no longer counts. */
export async function signInSucceeded(db: Db, email: string, ip: string | null, now: number): Promise<void> {
  if (email) await unhitRateLimit(db, RATE_LIMITS.signInFailuresPerAccount, email, now);
  await unhitRateLimit(db, RATE_LIMITS.signInFailuresPerAddress, ip ?? 'unknown', now);
}
