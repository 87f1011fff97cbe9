import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCsv, readCsvStream } from 'sos-eval/io';

// Issue 13: readCsvStream re-parsed its whole buffer for every piece while a record was
// unfinished, so one stray quote early in a large export made it quadratic. Timings are compared
// as a ratio with readCsv on the same text in the same process, never against a wall clock.

const schema = z.object({ id: z.string(), note: z.string(), n: z.number() });

/**
 * `rows` rows of about 50 characters, the one at `strayAt` opening a quote that never closes (no
 * later cell is quoted), so the rest of the export is one unfinished record.
 */
function exportText(rows: number, strayAt: number): string {
  const lines = ['id,note,n'];
  for (let i = 0; i < rows; i++) {
    const note = i === strayAt ? '"unclosed note' : `note for family ${i}; nothing odd`;
    lines.push(`F-${i},${note},${i % 10}`);
  }
  return lines.join('\r\n') + '\r\n';
}

function* pieces(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function streamed(text: string, size: number) {
  let rows = 0;
  let rejected = 0;
  const codes: string[] = [];
  for await (const item of readCsvStream(pieces(text, size), schema)) {
    if (item.row === null) rejected++;
    else rows++;
    for (const i of item.issues) codes.push(i.code);
  }
  return { rows, rejected, codes };
}

const time = async (f: () => unknown): Promise<number> => {
  const start = performance.now();
  await f();
  return performance.now() - start;
};

describe('readCsvStream time', () => {
  it('streams a 3 MB export with a stray quote in row 10 within 4× readCsv on the same text', async () => {
    const text = exportText(80_000, 10);
    expect(text.length).toBeGreaterThan(3_000_000);
    // Warm both up, then take the best of five of each.
    const whole = readCsv(text, schema);
    const stream = await streamed(text, 16_384);
    expect(stream.codes).toEqual(whole.issues.map((i) => i.code));
    expect(stream.codes).toEqual(['unterminated_quote']);
    expect(stream.rows).toBe(whole.rows.length);
    let read = Infinity;
    let streaming = Infinity;
    for (let k = 0; k < 5; k++) {
      read = Math.min(read, await time(() => readCsv(text, schema)));
      streaming = Math.min(streaming, await time(() => streamed(text, 16_384)));
    }
    console.log(
      `stray quote, 3 MB in 16 KiB pieces: readCsv ${read.toFixed(0)} ms, readCsvStream ${streaming.toFixed(0)} ms, ratio ${(streaming / read).toFixed(2)}`,
    );
    expect(streaming / read).toBeLessThanOrEqual(4);
  }, 60_000);

  it('streams one 8 MB cell within 4× readCsv on the same text', async () => {
    const text = `id,note,n\r\nF-1,"${'x'.repeat(8_000_000)}",1\r\n`;
    const whole = readCsv(text, schema);
    expect(whole.rows).toHaveLength(1);
    expect((await streamed(text, 65_536)).rows).toBe(1);
    let read = Infinity;
    let streaming = Infinity;
    for (let k = 0; k < 5; k++) {
      read = Math.min(read, await time(() => readCsv(text, schema)));
      streaming = Math.min(streaming, await time(() => streamed(text, 65_536)));
    }
    console.log(
      `one 8 MB cell in 64 KiB pieces: readCsv ${read.toFixed(0)} ms, readCsvStream ${streaming.toFixed(0)} ms, ratio ${(streaming / read).toFixed(2)}`,
    );
    expect(streaming / read).toBeLessThanOrEqual(4);
  }, 60_000);
});
