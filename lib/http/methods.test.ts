import { describe, expect, it } from 'vitest';
import { methodNotAllowed } from '../api/respond';
import { otherMethods, plainMethodNotAllowed, READ_ONLY } from './methods';

describe('otherMethods', () => {
  it('answers the methods a route does not take with 405 and Allow, and OPTIONS with what it takes', async () => {
    const api = otherMethods(READ_ONLY, methodNotAllowed);
    const res = api.POST();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await res.json()).toEqual({
      error: { code: 'method_not_allowed', message: 'This endpoint takes GET, HEAD, OPTIONS only.' },
    });
    const options = api.OPTIONS();
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');

    const plain = otherMethods(['POST', 'OPTIONS'], plainMethodNotAllowed).GET();
    expect(plain.status).toBe(405);
    expect(plain.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await plain.text()).toBe('Only POST, OPTIONS here.\n');
  });
});
