import { handleAuthRequest } from '@/lib/auth/auth-route';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

// better-auth's endpoints (/api/auth/sign-in/email, /sign-out, /get-session): sign-in throttled and audited.
export function GET(request: Request) {
  return handleAuthRequest(getDb(), request);
}
export function POST(request: Request) {
  return handleAuthRequest(getDb(), request);
}
