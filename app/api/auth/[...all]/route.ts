import { handleAuthRequest } from '@/lib/auth/auth-route';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

// The two endpoints of better-auth Tripline uses (/api/auth/sign-in/email, /get-session): sign-in throttled and
// audited; every other path under /api/auth is 404 (lib/auth/auth-route.ts).
export function GET(request: Request) {
  return handleAuthRequest(getDb(), request);
}
export function POST(request: Request) {
  return handleAuthRequest(getDb(), request);
}
