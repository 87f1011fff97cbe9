// Writes examples/qualitative/synthetic-export.qdpx: a REFI-QDA project of MADE-UP key-informant
// interviews and focus groups at three fictional sites, at the start and the end of an evaluation.
// Every site, person, id and sentence is invented; nothing comes from a real evaluation.
// Run: npx tsx examples/qualitative/make-export.ts  (deterministic: the same bytes every time)
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

// mulberry32: a tiny seeded generator, enough for a deterministic example.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(2026);

const guid = (kind: number, n: number): string =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SITES = ['Ashby Vale', 'Brennan Moor', 'Corvey Fen'];
const WAVES = ['Start', 'End'];
const CODES = [
  { id: guid(0xc0de, 1), name: 'Barriers', parent: null, codable: false },
  { id: guid(0xc0de, 2), name: 'IT challenges', parent: 1, codable: true },
  { id: guid(0xc0de, 3), name: 'Parallel service reorganisations', parent: 1, codable: true },
  { id: guid(0xc0de, 4), name: 'Intransigent managers', parent: 1, codable: true },
  { id: guid(0xc0de, 5), name: 'Enablers', parent: null, codable: false },
  { id: guid(0xc0de, 6), name: 'Senior management support', parent: 5, codable: true },
  { id: guid(0xc0de, 7), name: 'Training and coaching', parent: 5, codable: true },
] as const;
// Chance a source raises each codable theme, at the start and at the end (made up).
const CHANCE: Record<number, [number, number]> = {
  2: [0.75, 0.35],
  3: [0.5, 0.45],
  4: [0.4, 0.25],
  6: [0.35, 0.7],
  7: [0.3, 0.55],
};
const SENTENCES: Record<number, string[]> = {
  2: [
    'The case recording system kept crashing 💻 and nobody could fix it.',
    'IT was a nightmare: forms did not match the framework.',
  ],
  3: [
    'We were restructured twice while the pilot ran.',
    'Another service redesign landed on top of this one.',
  ],
  4: [
    'Some managers simply would not change how supervision worked.',
    'A few team managers blocked it from the start.',
  ],
  6: [
    'The director backed it in every meeting, which mattered.',
    'Support from the top made people take it seriously.',
  ],
  7: [
    'The coaching sessions gave staff real confidence.',
    'Training days were practical and well attended.',
  ],
};
const FILLER = [
  'We talked about the families we work with.',
  'It has been a busy year.',
  'Caseloads are high here.',
];

const ROLES = ['Senior manager', 'Practice lead', 'Team manager', 'Social worker'];
const users = [
  { id: guid(0xabc, 1), name: 'coder-a' },
  { id: guid(0xabc, 2), name: 'coder-b' },
];

interface Src {
  id: string;
  name: string;
  site: string;
  wave: string;
  kind: string;
  role: string;
  informant?: string;
  text: string;
  codings: { start: number; end: number; code: string; user: string }[];
}
const sources: Src[] = [];
const cases: {
  id: string;
  name: string;
  site: string;
  role: string;
  informant: string;
  sources: string[];
}[] = [];
let n = 0;
SITES.forEach((site, s) => {
  ROLES.forEach((role, r) => {
    const informant = `KI-${s + 1}${r + 1}`;
    const kase = {
      id: guid(0xca5e, s * 10 + r),
      name: informant,
      site,
      role,
      informant,
      sources: [] as string[],
    };
    cases.push(kase);
    WAVES.forEach((wave, w) => {
      // One key informant in four is not interviewed again at the end.
      if (w === 1 && rand() < 0.25) return;
      n++;
      const src: Src = {
        id: guid(0x5ec, n),
        name: `${informant} ${wave.toLowerCase()}`,
        site,
        wave,
        kind: 'Interview',
        role,
        informant,
        text: '',
        codings: [],
      };
      kase.sources.push(src.id);
      sources.push(src);
    });
  });
  WAVES.forEach((wave) => {
    n++;
    sources.push({
      id: guid(0x5ec, n),
      name: `Focus group ${site} ${wave.toLowerCase()}`,
      site,
      wave,
      kind: 'Focus group',
      role: 'Social worker',
      text: '',
      codings: [],
    });
  });
});

// Write each transcript, coding its theme sentences; coder-b double-codes the start interviews.
const points = (t: string): number => Array.from(t).length;
for (const src of sources) {
  const w = WAVES.indexOf(src.wave);
  let text = `Transcript (synthetic): ${src.name}.\n`;
  for (const [code, p] of Object.entries(CHANCE)) {
    text += `${FILLER[Math.floor(rand() * FILLER.length)]!} `;
    if (rand() >= p[w]!) continue;
    const bank = SENTENCES[Number(code)]!;
    const sentence = bank[Math.floor(rand() * bank.length)]!;
    const start = points(text);
    text += `${sentence} `;
    const end = start + points(sentence);
    const id = CODES[Number(code) - 1]!.id;
    src.codings.push({ start, end, code: id, user: users[0]!.id });
    if (src.kind === 'Interview' && w === 0 && rand() >= 0.1)
      src.codings.push({ start, end, code: id, user: users[1]!.id });
  }
  // coder-b sometimes codes a theme coder-a did not.
  if (src.kind === 'Interview' && w === 0 && rand() < 0.15) {
    src.codings.push({ start: 0, end: 10, code: CODES[3]!.id, user: users[1]!.id });
  }
  src.text = `${text.trimEnd()}\n`;
}

const codeXml = (parent: number | null, depth: number): string =>
  CODES.map((c, i) => ({ c, i: i + 1 }))
    .filter(({ c }) => c.parent === parent)
    .map(({ c, i }) => {
      const pad = '  '.repeat(depth);
      const kids = codeXml(i, depth + 1);
      return kids === ''
        ? `${pad}<Code guid="${c.id}" name="${esc(c.name)}" isCodable="${c.codable}"/>`
        : `${pad}<Code guid="${c.id}" name="${esc(c.name)}" isCodable="${c.codable}">\n${kids}\n${pad}</Code>`;
    })
    .join('\n');

const VAR = {
  Pilot: guid(0x7a2, 1),
  Wave: guid(0x7a2, 2),
  Role: guid(0x7a2, 3),
  Informant: guid(0x7a2, 4),
  'Source type': guid(0x7a2, 5),
};
const value = (name: keyof typeof VAR, v: string): string =>
  `<VariableValue><VariableRef targetGUID="${VAR[name]}"/><TextValue>${esc(v)}</TextValue></VariableValue>`;

let sel = 0;
const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Synthetic key informant study (made up)" origin="sos-eval examples/qualitative/make-export.ts">
  <Users>
${users.map((u) => `    <User guid="${u.id}" name="${u.name}"/>`).join('\n')}
  </Users>
  <CodeBook>
    <Codes>
${codeXml(null, 3)}
    </Codes>
  </CodeBook>
  <Variables>
${Object.entries(VAR)
  .map(([name, id]) => `    <Variable guid="${id}" name="${name}" typeOfVariable="Text"/>`)
  .join('\n')}
  </Variables>
  <Cases>
${cases
  .map(
    (c) => `    <Case guid="${c.id}" name="${c.name}">
      ${value('Pilot', c.site)}
      ${value('Role', c.role)}
      ${value('Informant', c.informant)}
${c.sources.map((s) => `      <SourceRef targetGUID="${s}"/>`).join('\n')}
    </Case>`,
  )
  .join('\n')}
  </Cases>
  <Sources>
${sources
  .map((s) => {
    const own = [value('Wave', s.wave), value('Source type', s.kind)];
    if (s.informant === undefined) own.push(value('Pilot', s.site), value('Role', s.role));
    const selections = s.codings.map((c) => {
      sel++;
      return `      <PlainTextSelection guid="${guid(0x5e1, sel)}" startPosition="${c.start}" endPosition="${c.end}" creatingUser="${c.user}">
        <Coding guid="${guid(0xc0d1, sel)}" creatingUser="${c.user}"><CodeRef targetGUID="${c.code}"/></Coding>
      </PlainTextSelection>`;
    });
    return `    <TextSource guid="${s.id}" name="${esc(s.name)}" plainTextPath="internal://${s.id}.txt">
${selections.join('\n')}
      ${own.join('\n      ')}
    </TextSource>`;
  })
  .join('\n')}
  </Sources>
</Project>
`;

const files: Record<string, Uint8Array> = { 'project.qde': strToU8(qde) };
for (const s of sources) files[`sources/${s.id}.txt`] = strToU8(s.text);
// Zip stores local date fields, which fflate reads from the Date's local time: a Date built from
// local fields (not UTC) gives the same bytes in every time zone.
const archive = zipSync(files, { level: 9, mtime: new Date(2026, 0, 1, 12) });
const out = new URL('./synthetic-export.qdpx', import.meta.url);
writeFileSync(out, archive);
console.log(
  `wrote ${out.pathname}: ${sources.length} sources, ${sel} codings, ${archive.length} bytes`,
);
