// Every per-client limit, by name. A route names the one it uses (lib/http/route-limits.ts for pages and the
// API); the counts live in the database, so every instance of the portal counts against the same numbers.

export interface RateLimit {
  name: string;
  /** Requests a client may make in one window. */
  hits: number;
  windowSeconds: number;
}

const limit = (name: string, hits: number, windowSeconds: number): RateLimit => ({ name, hits, windowSeconds });

export const RATE_LIMITS = {
  /**
   * /search and /api/v1/detections run three queries per request and cannot be cached for everyone. Thirty in
   * ten seconds is far more than a person paging through results (with the prefetches of their links) asks for.
   */
  search: limit('search', 30, 10),
  /**
   * /rules.zip reads every rule a search matches (the whole catalog, unfiltered) and compresses it. A team's
   * pipeline fetches a few bundles; ten a minute leaves room for that and none for fetching one in a loop.
   */
  bundle: limit('bundle', 10, 60),
  /**
   * /api/v1/sigma/validate and /convert take anyone's rule (256 KiB) and parse, check or convert it. The editor
   * validates a moment after each pause in typing: two a second, for a minute of typing without a break, is more
   * than a person makes; a client looping over large rules gets a 429 instead of the portal's CPU.
   */
  sigma: limit('sigma', 120, 60),
  /**
   * /api/v1/sigma/match runs anyone's rule over their events for up to a second (PLAYGROUND_MATCH_BUDGET). The
   * editor runs it at the press of a button; thirty a minute caps one client at half a core.
   */
  sigmaMatch: limit('sigma-match', 30, 60),
  /**
   * Failed sign-ins to one account from one address: five in fifteen minutes is a person who forgot, more is someone
   * guessing. Counted only on failure, so the owner who then remembers is not locked out by a success. Keyed by the
   * pair, so a guesser at one address never locks the owner out at another (lib/auth/sign-in-throttle.ts).
   */
  signInFailuresPerAccountAddress: limit('sign-in-failures-account-address', 5, 15 * 60),
  /** Failed sign-ins from one address, to any account: spraying one password over many accounts. */
  signInFailuresPerAddress: limit('sign-in-failures-address', 20, 15 * 60),
  /**
   * Failed sign-ins to one account from everywhere: four addresses' worth, more than an owner with a laptop, a phone
   * and an office makes. Past it the account is not locked: each address gets one attempt at it per window
   * (lib/auth/sign-in-throttle.ts says why).
   */
  signInFailuresPerAccount: limit('sign-in-failures-account', 20, 15 * 60),
  /**
   * Past that ceiling, the one attempt is per network as well as per address: an IPv6 /48 (what one customer or
   * machine is commonly given, 65,536 /64s) or one IPv4 address. Without it, a guesser with a /48 would have 65,536
   * addresses' worth of attempts.
   */
  signInFirstPastCeiling: limit('sign-in-first-past-ceiling', 1, 15 * 60),
  /**
   * Refused sign-ins cost no password check, so anyone can send thousands: the audit log records the first refusal
   * per limit and client (account and address, address, or account) in a window, not a row for each.
   */
  signInRefusalsAudited: limit('sign-in-refusals-audited', 1, 15 * 60),
} as const satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;
