// For route tests: a real database holding the founding detections of content/, made the app's database through DATABASE_URL.
import { expect } from 'vitest';
import { importContent } from '../content/import';
import { foundingContent } from '../content/testing';
import { disconnect } from '../db/client';
import type { Provider } from '../db/config';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { SHARED_PUBLIC } from '../http/cache-control';
import type { ApiError } from './respond';

export async function openApiDatabase(provider: Provider = 'sqlite'): Promise<TestDatabase> {
  const t = await createTestDatabase(provider);
  const report = await importContent(t.db, foundingContent());
  if (!report.ok) throw new Error(`content/ did not import: ${report.errors.map(String).join('\n')}`);
  // Set before the route module first calls getDb(), which reads it.
  process.env.DATABASE_URL = t.url;
  return t;
}

export async function closeApiDatabase(t: TestDatabase | undefined): Promise<void> {
  await disconnect();
  await t?.drop();
}

export const apiRequest = (path: string) => new Request(`http://localhost${path}`);

/** Every API answer, good or bad, is public JSON any origin may read; a 200 with an ETag for shared caches. */
export async function jsonOf<T>(res: Response, status = 200): Promise<T> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cache-control')).toBe(status === 200 ? SHARED_PUBLIC : 'public, max-age=60');
  if (status === 200) expect(res.headers.get('etag')).toMatch(/^"[\w-]{43}"$/);
  return (await res.json()) as T;
}

export async function expectError(res: Response, status: 400 | 404, field?: string): Promise<ApiError> {
  const body = await jsonOf<ApiError>(res, status);
  expect(body.error.code).toBe(status === 400 ? 'bad_request' : 'not_found');
  expect(body.error.message).toMatch(/\w/);
  expect(body.error.field).toBe(field);
  return body;
}

export interface Paged<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
  links: { self: string; next: string | null; prev: string | null };
}
