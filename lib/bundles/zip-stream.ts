import { Zip, ZipDeflate } from 'fflate';

export interface ZipEntry {
  /** The path inside the archive, forward slashes. */
  name: string;
  bytes: Uint8Array;
  /** Kept in the archive, so the same content always makes the same bytes. */
  mtime: Date;
}

/**
 * A zip archive written as it is read. The next entry is asked for only when the reader wants more bytes and the
 * archive has none left to give, so memory holds one entry at a time plus the central directory fflate keeps
 * (a few dozen bytes per file, which the format needs at the end): a slow client slows the database reads
 * instead of making the server buffer the archive.
 */
export function zipStream(entries: AsyncIterable<ZipEntry>): ReadableStream<Uint8Array> {
  const iterator = entries[Symbol.asyncIterator]();
  let written = 0;
  let zip: Zip | undefined;
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
          const next = await iterator.next();
          if (next.done) {
            archive.end();
            return;
          }
          const file = new ZipDeflate(next.value.name, { level: 6 });
          file.mtime = next.value.mtime;
          archive.add(file);
          file.push(next.value.bytes, true);
        }
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      zip?.terminate();
      await iterator.return?.();
    },
  });
}
