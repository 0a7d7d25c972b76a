import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
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

  it('lists each file in a central directory that a reader can trust: name, CRC, sizes and where it starts', async () => {
    const texts = { 'a.yml': 'title: A\n'.repeat(30), 'dir/ü.yml': 'title: Ü\n', 'empty.yml': '' };
    async function* entries() {
      for (const [name, text] of Object.entries(texts)) yield entry(name, text);
    }
    const zip = await readAll(zipStream(entries()));
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.byteLength - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(3);
    const directoryOffset = view.getUint32(end + 16, true);
    expect(directoryOffset + view.getUint32(end + 12, true)).toBe(end);
    let at = directoryOffset;
    for (const [name, text] of Object.entries(texts)) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      const nameLength = view.getUint16(at + 28, true);
      expect(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength))).toBe(name);
      // UTF-8 names (bit 11), sizes in a data descriptor (bit 3).
      expect(view.getUint16(at + 8, true)).toBe(0x0808);
      // Checked with Node's own CRC-32, not the writer's.
      expect(view.getUint32(at + 16, true)).toBe(crc32(Buffer.from(text)));
      expect(view.getUint32(at + 24, true)).toBe(Buffer.byteLength(text));
      const local = view.getUint32(at + 42, true);
      expect(view.getUint32(local, true)).toBe(0x04034b50);
      const compressed = view.getUint32(at + 20, true);
      const descriptor = local + 30 + nameLength + compressed;
      expect(view.getUint32(descriptor, true)).toBe(0x08074b50);
      expect(view.getUint32(descriptor + 4, true)).toBe(crc32(Buffer.from(text)));
      at += 46 + nameLength;
    }
    expect(at).toBe(end);
    const files = unzipSync(zip);
    expect(new TextDecoder().decode(files['dir/ü.yml'])).toBe('title: Ü\n');
    expect(files['empty.yml']).toEqual(new Uint8Array(0));
  });

  it('keeps the date in UTC, so every server writes the same bytes', async () => {
    const zip = await readAll(
      zipStream(
        (async function* () {
          yield { name: 'a.yml', bytes: encoder.encode('x'), mtime: new Date(Date.UTC(2026, 11, 2, 17, 30, 44)) };
        })(),
      ),
    );
    const dos = new DataView(zip.buffer, zip.byteOffset).getUint32(10, true);
    expect([
      (dos >>> 25) + 1980,
      (dos >>> 21) & 15,
      (dos >>> 16) & 31,
      (dos >>> 11) & 31,
      (dos >>> 5) & 63,
      (dos & 31) * 2,
    ]).toEqual([2026, 12, 2, 17, 30, 44]);
  });

  it('spools the central directory to a temporary file while it streams, and removes it at the end or on cancel', async () => {
    const spools = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('tripline-zip-directory-')));
    const before = spools();
    async function* many() {
      for (let i = 0; i < 300; i++) yield entry(`r${i}.yml`, `title: ${i}\n`);
    }
    const reader = zipStream(many()).getReader();
    for (let i = 0; i < 200; i++) await reader.read();
    const mine = [...spools()].filter((n) => !before.has(n));
    expect(mine).toHaveLength(1);
    const spooled = join(tmpdir(), mine[0] as string, 'spool');
    // 46 bytes of central directory header and the name, for each of the files written so far.
    await expect.poll(() => statSync(spooled).size).toBeGreaterThan(100 * 46);
    await reader.cancel();
    expect(existsSync(join(tmpdir(), mine[0] as string))).toBe(false);
    const whole = await readAll(zipStream(many()));
    expect(Object.keys(unzipSync(whole))).toHaveLength(300);
    expect([...spools()].filter((n) => !before.has(n))).toEqual([]);
  });

  it('writes zip64 end records past 65,535 files, which a reader follows to every file', {
    timeout: 60_000,
  }, async () => {
    const count = 65_536 + 2;
    async function* many() {
      for (let i = 0; i < count; i++) yield entry(`r${i}.yml`, '');
    }
    const zip = await readAll(zipStream(many()));
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint16(zip.byteLength - 22 + 10, true)).toBe(0xffff);
    expect(view.getUint32(zip.byteLength - 22 - 20, true)).toBe(0x07064b50);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toHaveLength(count);
    expect(files[`r${count - 1}.yml`]).toEqual(new Uint8Array(0));
  });
});
