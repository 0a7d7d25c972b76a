// Guessing passwords slows down, without giving anyone who knows an email a way to lock its owner out. Counts live
// in the database (lib/rate-limit), so several instances of the portal share them. Three limits, each over 15 minutes:
//
// - one account from one address: 5 failures, then that address is refused for that account;
// - one address, any accounts: 20 failures (one password sprayed over many accounts);
// - one account, all addresses: a ceiling of 20 failures. Past it the account is not locked: an address's first
//   attempt at it in the window still goes on to the password check, a second is refused, and so is any attempt
//   from a network (an IPv6 /48) that has had its one.
//
// Why the ceiling lets a fresh address through instead of locking the account: a lock per account, whoever fails,
// lets anyone lock an owner out by failing on purpose, and a lock that takes a few addresses to trigger still hands
// that to anyone who rents a few (cloud machines, a botnet). A slow-down by answering late bounds nothing, since
// guesses arrive concurrently. Letting each address try once keeps the owner able to sign
// in from wherever they have not failed in this window, while a guesser spread over many addresses gets one guess
// per address per window instead of five; with passwords of 12 characters or more, checked against the breach
// lists (password-policy.ts), that is a cost a botnet pays and a team can read in the audit log.
//
// Every attempt is counted before its password is checked, in one atomic statement per limit, and a success is
// taken back afterwards. Checking first and counting failures afterwards would let a burst of concurrent guesses
// all pass the check before the first of them failed: the limit would bound nothing.
import type { Db } from '../db/client';
import { wideNetwork } from '../http/client-address';
import { hitRateLimit, unhitRateLimit } from '../rate-limit/hit';
import { RATE_LIMITS } from '../rate-limit/limits';

/** Which limit refused: the audit log says so. */
export type SignInLimit = 'account-address' | 'address' | 'account';

export interface SignInRefusal {
  limit: SignInLimit;
  message: string;
  retryAfterSeconds: number;
  /** Whether this is the first refusal by this limit for this client in the window: the one the audit log records. */
  audit: boolean;
}

const PAIR = RATE_LIMITS.signInFailuresPerAccountAddress;
const ADDRESS = RATE_LIMITS.signInFailuresPerAddress;
const ACCOUNT = RATE_LIMITS.signInFailuresPerAccount;
const FIRST_PAST_CEILING = RATE_LIMITS.signInFirstPastCeiling;

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
const plural = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
// The address is last and holds no '|', so no two (email, address) pairs make one key.
const pairKey = (email: string, ip: string) => `${email}|${ip}`;

/**
 * Counts an attempt at `email` from the client address `ip` (lib/http/client-address.ts): null when it may go on
 * to the password check, else why not.
 */
export async function startSignInAttempt(
  db: Db,
  email: string,
  ip: string,
  now = Date.now(),
): Promise<SignInRefusal | null> {
  const pair = email ? await hitRateLimit(db, PAIR, pairKey(email, ip), now) : null;
  if (pair && !pair.allowed) {
    const wait = pair.retryAfterSeconds;
    return refusal(
      db,
      'account-address',
      pairKey(email, ip),
      wait,
      now,
      `Too many failed sign-ins to this account from your network address. Try again in ${plural(minutes(wait))}, or ask an admin to reset your password.`,
    );
  }
  const address = await hitRateLimit(db, ADDRESS, ip, now);
  if (!address.allowed) {
    if (email) await unhitRateLimit(db, PAIR, pairKey(email, ip), now);
    const wait = address.retryAfterSeconds;
    return refusal(
      db,
      'address',
      ip,
      wait,
      now,
      `Too many failed sign-ins from your network address. Try again in ${plural(minutes(wait))}.`,
    );
  }
  if (!pair) return null;
  const account = await hitRateLimit(db, ACCOUNT, email, now);
  if (account.allowed) return null;
  // Past the ceiling, only this address's first attempt at the account in this window goes on, and only if its
  // network (an IPv6 /48) has made none. The pair's count went up atomically above, so of concurrent attempts from
  // one address exactly one is the first; the network's count likewise.
  const first = pair.remaining === PAIR.hits - 1;
  if (first && (await hitRateLimit(db, FIRST_PAST_CEILING, pairKey(email, wideNetwork(ip)), now)).allowed) return null;
  await unhitRateLimit(db, PAIR, pairKey(email, ip), now);
  await unhitRateLimit(db, ADDRESS, ip, now);
  const wait = account.retryAfterSeconds;
  return refusal(
    db,
    'account',
    email,
    wait,
    now,
    `This account has had too many failed sign-ins from many addresses, so each address may try it only once for now, and yours has. Try again in ${plural(minutes(wait))}, or ask an admin to reset your password.`,
  );
}

async function refusal(
  db: Db,
  limit: SignInLimit,
  client: string,
  retryAfterSeconds: number,
  now: number,
  message: string,
): Promise<SignInRefusal> {
  const audit = (await hitRateLimit(db, RATE_LIMITS.signInRefusalsAudited, `${limit}|${client}`, now)).allowed;
  return { limit, message, retryAfterSeconds, audit };
}

/** The attempt started at `now` succeeded: it is not a failure, so it no longer counts. */
export async function signInSucceeded(db: Db, email: string, ip: string, now: number): Promise<void> {
  if (email) {
    await unhitRateLimit(db, PAIR, pairKey(email, ip), now);
    await unhitRateLimit(db, ACCOUNT, email, now);
  }
  await unhitRateLimit(db, ADDRESS, ip, now);
}
