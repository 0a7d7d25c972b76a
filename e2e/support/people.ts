// The accounts scripts/test-all.sh makes before the browser tests (npm run user:add), one per role and a second
// editor, all with the same password; and signing in as them over HTTP.
import { type APIRequestContext, expect } from '@playwright/test';

export const PASSWORD = 'violet ferry 31 lantern grammar';
export const PEOPLE = {
  editor: 'edna.editor@example.com',
  editor2: 'eli.editor@example.com',
  reviewer: 'rico.reviewer@example.com',
  admin: 'ada.admin@example.com',
} as const;
export type Person = keyof typeof PEOPLE;

/** Signs `request` in as `who`, from our own origin as the login page would. */
export async function signIn(request: APIRequestContext, baseURL: string, who: Person): Promise<void> {
  const res = await request.post('/api/auth/sign-in/email', {
    data: { email: PEOPLE[who], password: PASSWORD },
    headers: { origin: baseURL },
  });
  expect(res.status(), await res.text()).toBe(200);
}
