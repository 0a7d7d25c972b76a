import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ZipEntry, zipStream } from './zip-stream';

const encoder = new TextEncoder();
const entry = (name: string, text: string): ZipEntry => ({
  name,
  bytes: encoder.encode(text),
  mtime: new Date(Date.UTC(2026, 11, 1, 12)),
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('zipStream', () => {
  it('writes a zip whose files are the bytes given, in order', async () => {
    async function* entries() {
      yield entry('a.yml', 'title: A\n');
      yield entry('b.yml', 'title: B — ünïcode\n');
    }
    const files = unzipSync(await readAll(zipStream(entries())));
    expect(Object.keys(files)).toEqual(['a.yml', 'b.yml']);
    expect(new TextDecoder().decode(files['b.yml'])).toBe('title: B — ünïcode\n');
  });

  it('writes a file given as chunks, asking for each chunk only when the reader wants more', async () => {
    const asked: number[] = [];
    async function* chunks() {
      for (let i = 0; i < 40; i++) {
        asked.push(i);
        // Random bytes do not compress: each chunk makes output of its own.
        yield crypto.getRandomValues(new Uint8Array(32 * 1024));
      }
    }
    async function* entries(): AsyncGenerator<ZipEntry> {
      yield entry('a.yml', 'title: A\n');
      yield { name: 'big.bin', bytes: chunks(), mtime: new Date(Date.UTC(2026, 11, 1)) };
      yield entry('z.yml', 'title: Z\n');
    }
    const reader = zipStream(entries()).getReader();
    await reader.read();
    await reader.read();
    expect(asked.length).toBeLessThan(5);
    const parts: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
    expect(asked).toHaveLength(40);
    const all = await readAll(
      zipStream(
        (async function* () {
          yield { name: 'big.bin', bytes: chunks(), mtime: new Date(Date.UTC(2026, 11, 1)) };
          yield entry('z.yml', 'title: Z\n');
        })(),
      ),
    );
    const files = unzipSync(all);
    expect(Object.keys(files)).toEqual(['big.bin', 'z.yml']);
    expect(files['big.bin']?.byteLength).toBe(40 * 32 * 1024);
  });

  it('writes an empty archive when there is nothing to put in it', async () => {
    async function* none(): AsyncGenerator<ZipEntry> {}
    expect(unzipSync(await readAll(zipStream(none())))).toEqual({});
  });

  it('asks for the next entry only when the reader wants more bytes', async () => {
    const asked: string[] = [];
    async function* entries() {
      for (const name of ['1.yml', '2.yml', '3.yml']) {
        asked.push(name);
        yield entry(name, `title: ${name}\n`.repeat(50));
      }
    }
    const reader = zipStream(entries()).getReader();
    const first = await reader.read();
    // A zip begins with the local header of its first file: PK\x03\x04, then that file's name.
    expect(Buffer.from(first.value ?? []).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(asked).toEqual(['1.yml']);
    await reader.cancel();
  });

  it('gives the same bytes for the same entries', async () => {
    const make = () =>
      zipStream(
        (async function* () {
          yield entry('a.yml', 'x');
        })(),
      );
    expect(await readAll(make())).toEqual(await readAll(make()));
  });

  it('fails the stream when the entries fail, instead of ending a truncated archive as if whole', async () => {
    async function* broken() {
      yield entry('a.yml', 'x');
      throw new Error('database went away');
    }
    await expect(readAll(zipStream(broken()))).rejects.toThrow('database went away');
  });
});
