// The qualitative cases of `npm run bench`.
//
// - `kalpha`: krippendorffAlpha (nominal) on 5 coders × 20 000 units with a quarter of the cells
//   missing, against a baseline that builds the same coincidence matrix in plain loops over a
//   fixed number of categories and applies the formula — the least any implementation must do.
// - `qdpx`: readQdpx on a 400-source, 8 000-coding REFI-QDA archive against fflate's unzipSync
//   of the same archive plus one saxes pass counting the selections: the ratio is what the zip
//   checks, the element tree and building the records cost on top of reading the bytes.
import { SaxesParser } from 'saxes';
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import { krippendorffAlpha, readQdpx } from 'sos-eval/qualitative';
import type { BenchCase } from './cases.js';

const define = <C>(c: BenchCase<C>): BenchCase => c as unknown as BenchCase;

function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const CODERS = 5;
const UNITS = 20_000;
const K = 6;

function matrix(): (number | null)[][] {
  const next = lcg(18);
  const truth = Array.from({ length: UNITS }, () => Math.floor(next() * K));
  return Array.from({ length: CODERS }, () =>
    truth.map((t) => (next() < 0.25 ? null : next() < 0.8 ? t : Math.floor(next() * K))),
  );
}

function baselineAlpha(data: (number | null)[][]): number {
  const o = new Float64Array(K * K);
  const vs = new Array<number>(CODERS);
  for (let u = 0; u < UNITS; u++) {
    let m = 0;
    for (let i = 0; i < CODERS; i++) {
      const v = data[i]![u]!;
      if (v !== null) vs[m++] = v;
    }
    if (m < 2) continue;
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) if (a !== b) o[vs[a]! * K + vs[b]!]! += 1 / (m - 1);
  }
  const nc = new Float64Array(K);
  let n = 0;
  let diag = 0;
  for (let c = 0; c < K; c++) {
    for (let e = 0; e < K; e++) nc[c]! += o[c * K + e]!;
    n += nc[c]!;
    diag += o[c * K + c]!;
  }
  let sq = 0;
  for (let c = 0; c < K; c++) sq += nc[c]! * nc[c]!;
  return 1 - ((n - 1) * (n - diag)) / (n * n - sq);
}

const SOURCES = 400;
const PER_SOURCE = 20;

function archive(): Uint8Array {
  const next = lcg(2026);
  const g = (kind: number, i: number) =>
    `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  const codes = Array.from(
    { length: 30 },
    (_, i) => `<Code guid="${g(0xc0de, i)}" name="Theme ${i}" isCodable="true"/>`,
  );
  const files: Record<string, Uint8Array> = {};
  const sources: string[] = [];
  let sel = 0;
  for (let s = 0; s < SOURCES; s++) {
    const text = 'Made-up transcript sentence about practice and families. '.repeat(200);
    files[`sources/${g(0x5ec, s)}.txt`] = strToU8(text);
    const selections = Array.from({ length: PER_SOURCE }, () => {
      sel++;
      const start = Math.floor(next() * 10_000);
      return `<PlainTextSelection guid="${g(0x5e1, sel)}" startPosition="${start}" endPosition="${start + 50}" creatingUser="${g(0xabc, 1)}"><Coding guid="${g(0xc0d1, sel)}" creatingUser="${g(0xabc, 1)}"><CodeRef targetGUID="${g(0xc0de, Math.floor(next() * 30))}"/></Coding></PlainTextSelection>`;
    });
    sources.push(
      `<TextSource guid="${g(0x5ec, s)}" name="Source ${s}" plainTextPath="internal://${g(0x5ec, s)}.txt">${selections.join('')}</TextSource>`,
    );
  }
  files['project.qde'] = strToU8(
    `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="bench (made up)"><Users><User guid="${g(0xabc, 1)}" name="coder-a"/></Users><CodeBook><Codes>${codes.join('')}</Codes></CodeBook><Sources>${sources.join('')}</Sources></Project>`,
  );
  return zipSync(files, { level: 6 });
}

function baselineQdpx(bytes: Uint8Array): number {
  const files = unzipSync(bytes);
  let selections = 0;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (tag.local === 'Coding') selections++;
  });
  parser.write(strFromU8(files['project.qde']!)).close();
  for (const [name, data] of Object.entries(files))
    if (name.startsWith('sources/')) strFromU8(data);
  return selections;
}

export const QUALITATIVE_CASES: readonly BenchCase[] = [
  define({
    id: 'kalpha',
    title: `krippendorffAlpha (nominal), ${CODERS} coders × ${UNITS} units, 25 % missing, vs the coincidence matrix in plain loops`,
    // Measured 12–23× (15–50 ms against 2–4.6 ms) on a shared two-core machine: argument checks
    // per value, distinct values of any type, compensated sums, per-unit parts kept for the bootstrap.
    target: 30,
    setup: matrix,
    library: (data) => krippendorffAlpha(data).alpha,
    baseline: baselineAlpha,
    check: (lib, base) => {
      const a = lib as number;
      const b = base as number;
      if (!(Math.abs(a - b) <= 1e-9 * Math.abs(b)))
        throw new Error(`alpha: library ${a} vs baseline ${b}`);
    },
  }),
  define({
    id: 'qdpx',
    title: `readQdpx, ${SOURCES} sources × ${PER_SOURCE} codings (hostile-archive checks, CRC, records) vs unzipSync + one saxes pass`,
    // Measured 3–5× (0.4–0.7 s against 0.15 s) on a shared two-core machine.
    target: 8,
    setup: archive,
    library: (bytes) => {
      const r = readQdpx(bytes);
      if (r._tag === 'Left') throw new Error(r.left[0]!.message);
      return r.right.segments.length;
    },
    baseline: baselineQdpx,
    check: (lib, base) => {
      if (lib !== base)
        throw new Error(`codings: library ${String(lib)} vs baseline ${String(base)}`);
    },
  }),
];
