// Run by admin.ts in fresh processes. Two commands:
//   generate <dir> <children>   writes synthetic CIN census files (one per authority, 2024) into
//                               <dir> until they hold at least <children> children; prints the count
//   measure <dir>               a bare saxes pass over every file, then the library's one streaming
//                               pass (cinIndicatorsFromSources), then the bare pass again; prints
//                               {bareMs, libraryMs, bareCpuMs, libraryCpuMs, children, maxRssMb}
//                               as JSON
import { createReadStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { cinIndicatorsFromSources, synthesiseCinCensus } from 'sos-eval/admin';

const [command, dir, size] = process.argv.slice(2);
if (!dir) throw new Error('usage: admin-census.ts generate|measure <dir> [children]');

// Each file's synthetic year holds about 1.46 children per child newly referred in it (open cases
// and re-referrals carried from the two years before).
const PER_FILE = 34_000;

if (command === 'generate') {
  const target = Number(size);
  mkdirSync(dir, { recursive: true });
  let children = 0;
  for (let i = 0; children < target; i++) {
    const code = String(800 + i);
    const [file] = synthesiseCinCensus({
      seed: 2024 + i,
      authorities: [code],
      years: [2024],
      children: PER_FILE,
    });
    const path = join(dir, `cin-${code}.xml`);
    writeFileSync(path, file!.xml);
    children += (file!.xml.match(/<Child>/g) ?? []).length;
  }
  writeFileSync(join(dir, 'children.txt'), String(children));
  console.log(JSON.stringify({ children }));
} else if (command === 'measure') {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0 || !existsSync(join(dir, 'children.txt')))
    throw new Error(`no census in ${dir}`);

  // The baseline: saxes over the same bytes, read the same way, with handlers that do nothing.
  const bare = async () => {
    let elements = 0;
    for (const path of files) {
      const parser = new SaxesParser({ position: true });
      parser.on('opentag', () => void elements++);
      parser.on('text', () => {});
      parser.on('closetag', () => {});
      const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
      for await (const chunk of stream) parser.write(chunk as string);
      parser.close();
    }
    return elements;
  };
  // Wall time and CPU time of each pass: on a quiet machine they agree; on a busy one wall time
  // counts the waits for a core, so the pass/fail ratio is taken from CPU time (all threads, so
  // the file reads on libuv's threads count for both).
  const timed = async <T>(f: () => Promise<T>) => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const value = await f();
    const used = process.cpuUsage(cpu);
    return { value, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
  };
  const bare1 = await timed(bare);
  // Streams opened one at a time, as the library reads them (not 21 open files at once).
  async function* streams() {
    for (const path of files) yield createReadStream(path, { highWaterMark: 1 << 16 });
  }
  const library = await timed(() => cinIndicatorsFromSources(streams(), { by: 'all' }));
  const { rows, issues } = library.value;
  const bare2 = await timed(bare);
  const children = rows.find((r) => r.indicator === 'referrals');
  console.log(
    JSON.stringify({
      bareMs: Math.min(bare1.wallMs, bare2.wallMs),
      libraryMs: library.wallMs,
      bareCpuMs: Math.min(bare1.cpuMs, bare2.cpuMs),
      libraryCpuMs: library.cpuMs,
      files: files.length,
      referrals: children?.value ?? 0,
      issues: issues.length,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
} else {
  throw new Error(`unknown command ${command}`);
}
