import { describe, it } from 'vitest';
import { expectError } from '@/lib/api/testing';
import { DELETE, GET, POST } from './route';

describe('/api/v1 and /api/v1/<anything else>', () => {
  it('answers 404 in the API error shape, whatever the method', async () => {
    await expectError(GET(), 404);
    await expectError(POST(), 404);
    await expectError(DELETE(), 404);
  });
});
