// Sign-in with email and password through better-auth: scrypt password hashes and database sessions in our Prisma
// schema (User, Session, Account, Verification), on SQLite and PostgreSQL alike. Accounts are made by admins
// (`npm run user:add`, /admin/users), never by signing up.
import { prismaAdapter } from '@better-auth/prisma-adapter';
import { betterAuth } from 'better-auth';
import type { Db } from '../db/client';
import { databaseConfig } from '../db/config';
import { sharedSecret } from '../db/shared-secret';
import { originsOfRequest } from '../http/request-origin';

export const SESSION_DAYS = 7;
export const MIN_PASSWORD_LENGTH = 12;

function makeAuth(db: Db, secret: string) {
  const secure = process.env.NODE_ENV === 'production' && process.env.TRIPLINE_INSECURE_COOKIES !== '1';
  return betterAuth({
    appName: 'Tripline',
    secret,
    // The public URL when one is configured; else whatever host the portal is reached by (sign-in needs no
    // redirects or callbacks, and the origin check below compares a request with its own origin).
    baseURL: process.env.TRIPLINE_URL ?? { allowedHosts: ['*'] },
    // Behind a proxy the public origin differs from the one Next sees; TRIPLINE_URL names it.
    trustedOrigins: (request) => [...(request ? originsOfRequest(request) : []), process.env.TRIPLINE_URL],
    database: prismaAdapter(db, { provider: databaseConfig(process.env).provider, transaction: true }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'editor', input: false },
        disabled: { type: 'boolean', required: false, defaultValue: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * SESSION_DAYS, updateAge: 60 * 60 * 24 },
    databaseHooks: {
      session: {
        create: {
          // A disabled account gets no session, whatever its password.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            return user && !user.disabled ? { data: session } : false;
          },
        },
      },
    },
    // Sign-in is throttled by lib/auth/sign-in-throttle.ts, in the database, per account and per address.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'tripline',
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof makeAuth>;
const instances = new WeakMap<Db, Promise<Auth>>();

/** The auth instance for a database (one per client, made on first use). */
export function getAuth(db: Db): Promise<Auth> {
  let auth = instances.get(db);
  if (!auth) {
    auth = sharedSecret(db, 'auth.secret', process.env.BETTER_AUTH_SECRET).then((secret) => makeAuth(db, secret));
    instances.set(db, auth);
  }
  return auth;
}
