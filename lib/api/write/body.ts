// Reading a JSON body from someone we do not trust: the size is capped while it arrives (a missing or false
// Content-Length changes nothing), and every way it can be wrong has its own status and sentence.

export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

export async function readJsonBody(request: Request, maxBytes = MAX_DOCUMENT_BYTES): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, status: 415, message: `send the body as application/json (got ${type || 'no content type'})` };
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) return tooLarge(maxBytes);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge(maxBytes);
      }
      chunks.push(next.value);
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, status: 400, message: `the body is not valid JSON: ${(error as Error).message}` };
  }
}

function tooLarge(maxBytes: number): BodyResult {
  return { ok: false, status: 413, message: `the body is larger than ${Math.round(maxBytes / 1024)} KiB` };
}
