// The JSON body of a POST, read no further than its size limit: a client that sends more, or says it will, gets a
// 413 naming the limit before the rest is read. Strict UTF-8 and JSON; every refusal is the API's JSON error.
import type { ZodType } from 'zod';
import { decodeUtf8, withoutBom } from '../text/utf8';
import { apiError, NO_STORE } from './respond';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

const kib = (bytes: number): string => `${bytes / 1024} KiB (${bytes.toLocaleString('en-US')} bytes)`;

function tooLarge(limit: number): JsonBody {
  const message = `the request body is larger than ${kib(limit)}, the limit of this endpoint`;
  return { ok: false, response: apiError(413, 'payload_too_large', message, { limit }, NO_STORE) };
}

function bad(message: string): JsonBody {
  return { ok: false, response: apiError(400, 'bad_request', message, {}, NO_STORE) };
}

/** The body's bytes, or null once more than `limit` have arrived (the rest is not read). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | null> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export async function readJsonBody(request: Request, limit: number): Promise<JsonBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    const message = `the request body must be JSON, sent as 'Content-Type: application/json' (got ${type ? `'${type}'` : 'none'})`;
    return { ok: false, response: apiError(415, 'unsupported_media_type', message, {}, NO_STORE) };
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) return tooLarge(limit);
  const bytes = await readAtMost(request, limit);
  if (!bytes) return tooLarge(limit);
  const text = decodeUtf8(bytes);
  if (!text.ok) return bad(`the request body is ${text.message}`);
  try {
    return { ok: true, value: JSON.parse(withoutBom(text.text)) };
  } catch (error) {
    return bad(`the request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export type JsonRequest<T> = { ok: true; data: T } | { ok: false; response: Response };

/** The body read as readJsonBody does, then checked against `schema`: a 400 names the first field at fault. */
export async function readJsonRequest<T>(request: Request, limit: number, schema: ZodType<T>): Promise<JsonRequest<T>> {
  const body = await readJsonBody(request, limit);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'body';
  const message = `${field}: ${issue?.message ?? 'is not what this endpoint takes'}`;
  return { ok: false, response: apiError(400, 'bad_request', message, { field }, NO_STORE) };
}
