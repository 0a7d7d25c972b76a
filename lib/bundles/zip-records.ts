// The fixed records of a zip archive (APPNOTE.TXT 6.3.10, sections 4.3.7-4.3.16), written by the streaming writer
// around the compressed data fflate gives: each file's local header and data descriptor, its central directory
// header, and the end records. Every file is deflated, named in UTF-8, and sized in its data descriptor.

/** What the central directory says of one file. */
export interface ZipFileRecord {
  name: Uint8Array;
  /** DOS date and time, as `dosDateTime` gives it. */
  dateTime: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the file's local header starts in the archive. */
  offset: number;
}

const VERSION = 20; // 2.0: deflate, data descriptors
const VERSION_ZIP64 = 45;
// Bit 3: sizes and CRC follow the data (a streamed file's are known only at its end); bit 11: the name is UTF-8.
const FLAGS = 0x0008 | 0x0800;
const DEFLATE = 8;
const MAX_16 = 0xffff;
/** The largest size or offset the 32-bit fields can hold; past it a file would need zip64 extra fields. */
export const MAX_32 = 0xfffffffe;

/**
 * A date as the zip format keeps it: two-second precision, no time zone, 1980 to 2107. UTC, so that every server
 * makes the same bytes for the same catalog whatever its zone; dates outside the range are clamped to it.
 */
export function dosDateTime(date: Date): number {
  const year = date.getUTCFullYear();
  if (year < 1980) return (1 << 21) | (1 << 16);
  if (year > 2107) return ((2107 - 1980) << 25) | (12 << 21) | (31 << 16) | (23 << 11) | (59 << 5) | 29;
  return (
    (((year - 1980) << 25) |
      ((date.getUTCMonth() + 1) << 21) |
      (date.getUTCDate() << 16) |
      (date.getUTCHours() << 11) |
      (date.getUTCMinutes() << 5) |
      (date.getUTCSeconds() >> 1)) >>>
    0
  );
}

export function localHeader(name: Uint8Array, dateTime: number): Uint8Array {
  const bytes = new Uint8Array(30 + name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, FLAGS, true);
  view.setUint16(8, DEFLATE, true);
  view.setUint32(10, dateTime, true);
  // CRC and sizes (14-25) stay zero: the data descriptor carries them.
  view.setUint16(26, name.length, true);
  bytes.set(name, 30);
  return bytes;
}

export function dataDescriptor(file: Pick<ZipFileRecord, 'crc' | 'compressedSize' | 'size'>): Uint8Array {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x08074b50, true);
  view.setUint32(4, file.crc >>> 0, true);
  view.setUint32(8, file.compressedSize, true);
  view.setUint32(12, file.size, true);
  return bytes;
}

export function centralHeader(file: ZipFileRecord): Uint8Array {
  const bytes = new Uint8Array(46 + file.name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, VERSION, true); // made by: MS-DOS attributes, 2.0
  view.setUint16(6, VERSION, true);
  view.setUint16(8, FLAGS, true);
  view.setUint16(10, DEFLATE, true);
  view.setUint32(12, file.dateTime, true);
  view.setUint32(16, file.crc >>> 0, true);
  view.setUint32(20, file.compressedSize, true);
  view.setUint32(24, file.size, true);
  view.setUint16(28, file.name.length, true);
  // Extra field, comment, disk number, attributes (30-41) stay zero.
  view.setUint32(42, file.offset, true);
  bytes.set(file.name, 46);
  return bytes;
}

/**
 * The end of the archive after its central directory. Past 65,535 files the count no longer fits the classic end
 * record, so a zip64 end record and its locator come first and the classic record says to look there.
 */
export function endRecords(count: number, directorySize: number, directoryOffset: number): Uint8Array {
  const zip64 = count > MAX_16;
  const bytes = new Uint8Array((zip64 ? 56 + 20 : 0) + 22);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (zip64) {
    view.setUint32(0, 0x06064b50, true);
    view.setBigUint64(4, 44n, true); // the record's size after this field
    view.setUint16(12, VERSION_ZIP64, true);
    view.setUint16(14, VERSION_ZIP64, true);
    // Disk numbers (16-23) stay zero.
    view.setBigUint64(24, BigInt(count), true);
    view.setBigUint64(32, BigInt(count), true);
    view.setBigUint64(40, BigInt(directorySize), true);
    view.setBigUint64(48, BigInt(directoryOffset), true);
    view.setUint32(56, 0x07064b50, true);
    view.setBigUint64(64, BigInt(directoryOffset + directorySize), true); // where the zip64 end record is
    view.setUint32(72, 1, true); // disks in all
    at = 76;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, Math.min(count, MAX_16), true);
  view.setUint16(at + 10, Math.min(count, MAX_16), true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, directoryOffset, true);
  return bytes;
}
