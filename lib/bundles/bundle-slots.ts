// A bundle holds a database reader, two temporary files and their handles until its last byte is read. The rate
// limit (lib/http/route-limits.ts) bounds how many a client starts; these bound how many run at once in this
// process and how long one may sit unread, so stalled downloads cannot pile up disk and file handles.

/** Bundles streaming at once in one process; past it a request is answered 503 with a Retry-After. */
export const MAX_BUNDLES_AT_ONCE = 8;
/** A bundle whose reader takes no bytes for this long is ended, and its files removed. */
export const BUNDLE_IDLE_MS = 60_000;

let streaming = 0;

/** A slot for one bundle, and the function that gives it back (once, however often called); null when all are taken. */
export function takeBundleSlot(): (() => void) | null {
  if (streaming >= MAX_BUNDLES_AT_ONCE) return null;
  streaming++;
  let given = false;
  return () => {
    if (given) return;
    given = true;
    streaming--;
  };
}

/**
 * `source` as the response body: `release` runs when it ends, fails or is cancelled, or when its reader has asked
 * for nothing for `idleMs`; then the source is cancelled, which removes its temporary files.
 */
export function releasingStream(
  source: ReadableStream<Uint8Array>,
  release: () => void,
  idleMs = BUNDLE_IDLE_MS,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let idle: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    clearTimeout(idle);
    release();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      clearTimeout(idle);
      try {
        const next = await reader.read();
        if (next.done) {
          finish();
          controller.close();
          return;
        }
        controller.enqueue(next.value);
        idle = setTimeout(() => {
          finish();
          controller.error(new Error(`the bundle's reader took nothing for ${idleMs / 1000} s: bundle ended`));
          void reader.cancel('idle').catch(() => {});
        }, idleMs);
        idle.unref?.();
      } catch (error) {
        finish();
        controller.error(error);
      }
    },
    async cancel(reason) {
      finish();
      await reader.cancel(reason);
    },
  });
}
