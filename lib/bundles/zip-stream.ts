import { ZipDeflate } from 'fflate';
import { tempSpool } from './temp-spool';
import { centralHeader, dataDescriptor, dosDateTime, endRecords, localHeader, MAX_32 } from './zip-records';

export interface ZipEntry {
  /** The path inside the archive, forward slashes. */
  name: string;
  /** The file's bytes whole, or as chunks read one at a time (a file too large to hold). */
  bytes: Uint8Array | AsyncIterable<Uint8Array>;
  /** Kept in the archive, so the same content always makes the same bytes. */
  mtime: Date;
}

const encoder = new TextEncoder();

/**
 * A zip archive written as it is read. The next entry (or the next chunk of a chunked one) is asked for only when
 * the reader wants more bytes, so a slow client slows the database reads instead of making the server buffer the
 * archive. fflate deflates each file and sums its CRC; the central directory, which the format puts at the end and
 * which grows with every file, is spooled to a temporary file as the files pass, so memory holds one entry or
 * chunk at a time whatever the number of files.
 */
export function zipStream(entries: AsyncIterable<ZipEntry>): ReadableStream<Uint8Array> {
  const chunks = zipChunks(entries);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

async function* zipChunks(entries: AsyncIterable<ZipEntry>): AsyncGenerator<Uint8Array, void, undefined> {
  const directory = await tempSpool('zip-directory');
  try {
    let written = 0;
    let directorySize = 0;
    let count = 0;
    for await (const entry of entries) {
      const record = { name: entryName(entry.name), dateTime: dosDateTime(entry.mtime), offset: written };
      const file = deflater();
      let pending: Uint8Array[] = [localHeader(record.name, record.dateTime)];
      if (entry.bytes instanceof Uint8Array) pending.push(...file.push(entry.bytes, true));
      else {
        for await (const chunk of entry.bytes) {
          // A chunked file is large: give what it has made so far before reading its next chunk.
          const out = concat([...pending, ...file.push(chunk, false)]);
          pending = [];
          written += out.length;
          if (out.length) yield out;
        }
        pending.push(...file.push(new Uint8Array(0), true));
      }
      const sized = { ...record, ...file.sizes() };
      if (Math.max(sized.offset, sized.compressedSize, sized.size) > MAX_32) {
        throw new Error(`the zip reached 4 GiB at ${entry.name}: this bundle is too large to write; narrow the search`);
      }
      const out = concat([...pending, dataDescriptor(sized)]);
      const header = centralHeader(sized);
      await directory.write(header);
      directorySize += header.length;
      count++;
      written += out.length;
      yield out;
    }
    if (written > MAX_32)
      throw new Error('the zip reached 4 GiB before its directory: this bundle is too large to write');
    yield* directory.read();
    yield endRecords(count, directorySize, written);
  } finally {
    await directory.remove();
  }
}

function entryName(name: string): Uint8Array {
  const bytes = encoder.encode(name);
  if (bytes.length > 0xffff) throw new Error(`a zip entry's name is longer than 65,535 bytes: ${name.slice(0, 80)}…`);
  return bytes;
}

/** One file's data, deflated by fflate's zip file writer, which also sums the CRC and size of what it is given. */
function deflater() {
  const file = new ZipDeflate('', { level: 6 });
  let made: Uint8Array[] = [];
  let compressedSize = 0;
  let failure: Error | null = null;
  file.ondata = (error, data) => {
    if (error) failure = error;
    else {
      made.push(data);
      compressedSize += data.length;
    }
  };
  return {
    push(bytes: Uint8Array, final: boolean): Uint8Array[] {
      file.push(bytes, final);
      if (failure) throw failure;
      const out = made;
      made = [];
      return out;
    },
    sizes: () => ({ crc: file.crc, size: file.size, compressedSize }),
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
