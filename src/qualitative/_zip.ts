// A zip reader for untrusted archives. It never writes to disk and inflates only the entries asked
// for, in memory, after checking the whole central directory: entry count, unsafe names (absolute,
// "..", backslashes, drive letters, control characters), declared sizes and compression ratios,
// overlapping entries (the "better zip bomb" of Fifield 2019), encryption and ZIP64. While
// inflating it counts the bytes out and stops as soon as an entry passes its declared size or the
// cap, then checks the CRC-32. fflate's streaming Inflate does the decompression.
import { Inflate } from 'fflate';
import type { ValidationIssue } from '../models/validation-issue.js';

/** @internal Limits for reading an untrusted archive. */
export interface ZipLimits {
  readonly maxArchiveBytes: number;
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  readonly maxRatio: number;
}

/** @internal */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
  readonly headerOffset: number;
  readonly dataOffset: number;
}

const issue = (code: string, message: string, path: (string | number)[] = []): ValidationIssue => ({
  path,
  code,
  message,
});

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;

const decoder = new TextDecoder('utf-8', { fatal: false });

/** @internal Why a name is unsafe to use as a path, or undefined. */
export function unsafeName(name: string): string | undefined {
  if (name.length === 0) return 'an empty name';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'a control character';
  if (name.includes('\\')) return 'a backslash';
  if (name.startsWith('/')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter';
  if (name.split('/').some((part) => part === '..')) return 'a ".." segment';
  return undefined;
}

/** @internal The entries of an archive, or the issues that make it unsafe to read at all. */
export function listZip(
  bytes: Uint8Array,
  limits: ZipLimits,
): { entries: ZipEntry[] } | { issues: ValidationIssue[] } {
  if (bytes.length > limits.maxArchiveBytes) {
    return {
      issues: [
        issue(
          'archive_too_big',
          `archive: ${bytes.length} bytes is more than the limit of ${limits.maxArchiveBytes}`,
        ),
      ],
    };
  }
  // The end-of-central-directory record is in the last 22 + 65 535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    return {
      issues: [issue('not_a_zip', 'archive: not a zip file (no end of central directory)')],
    };
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    return {
      issues: [
        issue(
          'zip64_unsupported',
          'archive: ZIP64 archives are not read (a REFI-QDA project this big is refused)',
        ),
      ],
    };
  }
  if (count > limits.maxEntries) {
    return {
      issues: [
        issue(
          'too_many_entries',
          `archive: ${count} entries is more than the limit of ${limits.maxEntries}`,
        ),
      ],
    };
  }
  if (cdOffset + cdSize > eocd) {
    return {
      issues: [issue('corrupt_zip', 'archive: the central directory lies outside the file')],
    };
  }
  const issues: ValidationIssue[] = [];
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== 0x02014b50) {
      return { issues: [issue('corrupt_zip', `archive: central directory entry ${i} is damaged`)] };
    }
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const headerOffset = u32(bytes, at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    const path = ['archive', name];
    const bad = unsafeName(name);
    if (bad !== undefined) {
      issues.push(
        issue(
          'unsafe_path',
          `archive: entry ${JSON.stringify(name)} has ${bad}; the archive is refused`,
          path,
        ),
      );
      continue;
    }
    if ((flags & 1) !== 0) {
      issues.push(
        issue('encrypted_entry', `archive: entry ${JSON.stringify(name)} is encrypted`, path),
      );
      continue;
    }
    if (method !== 0 && method !== 8) {
      issues.push(
        issue(
          'unsupported_compression',
          `archive: entry ${JSON.stringify(name)} uses compression method ${method} (only stored and deflate are read)`,
          path,
        ),
      );
      continue;
    }
    if (size > limits.maxEntryBytes) {
      issues.push(
        issue(
          'entry_too_big',
          `archive: entry ${JSON.stringify(name)} declares ${size} bytes, more than the limit of ${limits.maxEntryBytes}`,
          path,
        ),
      );
      continue;
    }
    if (size > 0 && (compressedSize === 0 || size / compressedSize > limits.maxRatio)) {
      issues.push(
        issue(
          'compression_ratio',
          `archive: entry ${JSON.stringify(name)} declares a compression ratio of ${compressedSize === 0 ? 'infinity' : (size / compressedSize).toFixed(0)} (limit ${limits.maxRatio}): a zip bomb?`,
          path,
        ),
      );
      continue;
    }
    if (method === 0 && size !== compressedSize) {
      issues.push(
        issue(
          'corrupt_zip',
          `archive: stored entry ${JSON.stringify(name)} has different sizes`,
          path,
        ),
      );
      continue;
    }
    total += size;
    if (headerOffset + 30 > bytes.length || u32(bytes, headerOffset) !== 0x04034b50) {
      issues.push(
        issue('corrupt_zip', `archive: entry ${JSON.stringify(name)} has no local header`, path),
      );
      continue;
    }
    const dataOffset =
      headerOffset + 30 + u16(bytes, headerOffset + 26) + u16(bytes, headerOffset + 28);
    if (dataOffset + compressedSize > cdOffset) {
      issues.push(
        issue(
          'corrupt_zip',
          `archive: entry ${JSON.stringify(name)} runs past the end of the data`,
          path,
        ),
      );
      continue;
    }
    entries.push({ name, method, compressedSize, size, crc, headerOffset, dataOffset });
  }
  if (total > limits.maxTotalBytes) {
    issues.push(
      issue(
        'archive_too_big',
        `archive: entries declare ${total} bytes in all, more than the limit of ${limits.maxTotalBytes}`,
      ),
    );
  }
  // Overlapping entries let a few kilobytes name gigabytes; names must be unique too.
  const sorted = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (sorted[i]!.headerOffset < prev.dataOffset + prev.compressedSize) {
      issues.push(
        issue(
          'overlapping_entries',
          `archive: entries ${JSON.stringify(prev.name)} and ${JSON.stringify(sorted[i]!.name)} overlap: a zip bomb?`,
        ),
      );
      break;
    }
  }
  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.name)) {
      issues.push(
        issue('duplicate_entry', `archive: entry ${JSON.stringify(e.name)} appears twice`, [
          'archive',
          e.name,
        ]),
      );
    }
    names.add(e.name);
  }
  return issues.length > 0 ? { issues } : { entries };
}

let crcTable: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class TooBig extends Error {}

/** @internal One entry's bytes, inflated with the output counted, or the issue that stopped it. */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
): { data: Uint8Array } | { issue: ValidationIssue } {
  const path = ['archive', entry.name];
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) data = raw.slice();
  else {
    const out = new Uint8Array(entry.size);
    let length = 0;
    const inflater = new Inflate((chunk) => {
      if (length + chunk.length > entry.size) throw new TooBig();
      out.set(chunk, length);
      length += chunk.length;
    });
    try {
      // Small pushes keep any one burst of output to about a megabyte (deflate's ratio is ≤ 1032).
      const step = 1024;
      for (let i = 0; i < raw.length; i += step) {
        inflater.push(raw.subarray(i, Math.min(raw.length, i + step)), i + step >= raw.length);
      }
      if (raw.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      return {
        issue:
          error instanceof TooBig
            ? issue(
                'size_mismatch',
                `archive: entry ${JSON.stringify(entry.name)} inflates to more than the ${entry.size} bytes it declares: a zip bomb?`,
                path,
              )
            : issue(
                'corrupt_zip',
                `archive: entry ${JSON.stringify(entry.name)} cannot be inflated (${error instanceof Error ? error.message : String(error)})`,
                path,
              ),
      };
    }
    if (length !== entry.size) {
      return {
        issue: issue(
          'size_mismatch',
          `archive: entry ${JSON.stringify(entry.name)} inflates to ${length} bytes, not the ${entry.size} it declares`,
          path,
        ),
      };
    }
    data = out;
  }
  if (crc32(data) !== entry.crc) {
    return {
      issue: issue(
        'crc_mismatch',
        `archive: entry ${JSON.stringify(entry.name)} fails its CRC-32 check`,
        path,
      ),
    };
  }
  return { data };
}
