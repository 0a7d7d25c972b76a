import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Bytes appended to a temporary file and read back once, in chunks: what a bundle must list at its end (the zip's
 * central directory, the manifest) grows with the number of files, so it waits on disk instead of in memory.
 */
export interface TempSpool {
  write(bytes: Uint8Array | string): Promise<void>;
  /** Everything written, in order. Ends writing: call it once, after the last write. */
  read(): AsyncIterable<Uint8Array>;
  /** Removes the temporary file; safe to call more than once, and after a failure. */
  remove(): Promise<void>;
}

/** `purpose` names the spool in its folder's name and in errors: "manifest", "zip-directory". */
export async function tempSpool(purpose: string): Promise<TempSpool> {
  const dir = await mkdtemp(join(tmpdir(), `tripline-${purpose}-`));
  const path = join(dir, 'spool');
  const out = createWriteStream(path);
  let failure: Error | null = null;
  out.on('error', (error) => {
    failure = error;
  });
  const check = () => {
    if (failure) throw new Error(`the bundle's ${purpose} could not be written to ${path}: ${failure.message}`);
  };
  // Opened before the first byte of the bundle is sent, so a full or read-only disk (or no file handles left) fails
  // the request, not the bundle halfway through; the folder goes with it, since no caller holds it yet.
  await Promise.race([once(out, 'open'), once(out, 'error')]);
  if (failure) {
    out.destroy();
    await rm(dir, { recursive: true, force: true });
    check();
  }
  return {
    async write(bytes) {
      check();
      if (!out.write(bytes)) await once(out, 'drain');
    },
    async *read() {
      out.end();
      if (!out.writableFinished) await once(out, 'finish');
      check();
      for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) yield chunk as Buffer;
    },
    async remove() {
      out.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
