import { describe, expect, it } from 'vitest';
import { accountMenu } from './account-menu';
import type { Actor, Role } from './roles';

const actor = (role: Role): Actor => ({ userId: 'u', email: `${role}@example.org`, name: role, role, via: 'session' });
const labels = (role: Role) => accountMenu(actor(role)).account?.links.map((l) => l.label);

describe('accountMenu', () => {
  it('offers a reader the sign-in page only', () => {
    expect(accountMenu(null)).toEqual({ signIn: '/login', account: null });
  });

  it('links each role to what its permissions open', () => {
    expect(labels('editor')).toEqual(['Editor']);
    expect(labels('reviewer')).toEqual(['Editor']);
    expect(labels('admin')).toEqual(['Editor', 'Admin']);
    expect(accountMenu(actor('admin')).account).toMatchObject({
      email: 'admin@example.org',
      role: 'admin',
      tokens: '/account/tokens',
      signOut: '/logout',
    });
  });
});
