import { describe, it } from 'vitest';
import { expectError } from '@/lib/api/testing';
import { GET } from './route';

describe('/api/v1/<anything else>', () => {
  it('answers 404 in the API error shape', async () => {
    await expectError(GET(), 404);
  });
});
