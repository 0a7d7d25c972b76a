import { Zip, ZipDeflate } from 'fflate';

export interface ZipEntry {
  /** The path inside the archive, forward slashes. */
  name: string;
  /** The file's bytes whole, or as chunks read one at a time (a file too large to hold). */
  bytes: Uint8Array | AsyncIterable<Uint8Array>;
  /** Kept in the archive, so the same content always makes the same bytes. */
  mtime: Date;
}

/**
 * A zip archive written as it is read. The next entry (or the next chunk of a chunked one) is asked for only when
 * the reader wants more bytes and the archive has none left to give, so memory holds one entry or chunk at a time
 * plus the central directory fflate keeps (about 1.45 KB per file, measured; the format needs the directory at the end): a slow
 * client slows the database reads instead of making the server buffer the archive.
 */
export function zipStream(entries: AsyncIterable<ZipEntry>): ReadableStream<Uint8Array> {
  const iterator = entries[Symbol.asyncIterator]();
  let written = 0;
  let zip: Zip | undefined;
  // The chunked file being written, and where its next chunk comes from.
  let open: { file: ZipDeflate; chunks: AsyncIterator<Uint8Array> } | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        written++;
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull(controller) {
      const archive = zip as Zip;
      const mark = written;
      try {
        while (written === mark) {
          if (open) {
            const chunk = await open.chunks.next();
            if (chunk.done) {
              open.file.push(new Uint8Array(0), true);
              open = null;
            } else open.file.push(chunk.value);
            continue;
          }
          const next = await iterator.next();
          if (next.done) {
            archive.end();
            return;
          }
          const file = new ZipDeflate(next.value.name, { level: 6 });
          file.mtime = next.value.mtime;
          archive.add(file);
          const { bytes } = next.value;
          if (bytes instanceof Uint8Array) file.push(bytes, true);
          else open = { file, chunks: bytes[Symbol.asyncIterator]() };
        }
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      zip?.terminate();
      await open?.chunks.return?.();
      await iterator.return?.();
    },
  });
}
