// Aggregates survey answers in DuckDB (in memory here; a Parquet file or a warehouse in practice),
// feeds the GROUP BY counts to usageTallyFromCounts and reads them with usageShares, then checks
// they equal what tallyUsage gives on the same records in JavaScript.
// Run: npx tsx examples/duckdb-counts.ts
import { deepStrictEqual } from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { SOS_2017, TOOL_IDS, type ToolId, type UsageLevel } from '../src/reference/index.js';
import { synthesiseEvaluation } from '../src/synthetic/index.js';
import {
  tallyUsage,
  usageShares,
  usageTallyFromCounts,
  type UsageCountRow,
} from '../src/usage/index.js';

const study = SOS_2017;
const { surveyResponses } = synthesiseEvaluation({ seed: 2017, scale: 4 });

// Long format, one row per worker × tool, as a case-management export would give it.
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run('CREATE TABLE answers (pilot VARCHAR, tool VARCHAR, level VARCHAR)');
const appender = await db.createAppender('answers');
for (const r of surveyResponses) {
  for (const tool of TOOL_IDS) {
    appender.appendVarchar(r.pilotId);
    appender.appendVarchar(tool);
    const level = r.usage[tool];
    if (level == null) appender.appendNull();
    else appender.appendVarchar(level);
    appender.endRow();
  }
}
appender.closeSync();

// The aggregation happens in the engine; only one row per pilot × tool comes back.
const reader = await db.runAndReadAll(`
  SELECT pilot AS "group", tool,
         count(*) FILTER (WHERE level = 'all')  AS "all",
         count(*) FILTER (WHERE level = 'some') AS "some",
         count(*) FILTER (WHERE level = 'none') AS "none",
         count(*) FILTER (WHERE level IS NULL)  AS missing
  FROM answers GROUP BY pilot, tool ORDER BY pilot, tool`);
const rows: UsageCountRow<ToolId, UsageLevel>[] = reader.getRowObjects().map((r) => ({
  group: String(r.group),
  tool: String(r.tool) as ToolId,
  // DuckDB counts are BIGINTs; they are small here, so Number is exact.
  all: Number(r.all),
  some: Number(r.some),
  none: Number(r.none),
  missing: Number(r.missing),
}));
db.closeSync();
instance.closeSync();

// `by: 'pilot'` says what the groups are, so they come in the study's pilot order, as tallyUsage
// gives them.
const fromSql = usageTallyFromCounts(rows, { study, by: 'pilot' });
const inJs = tallyUsage(surveyResponses, { study, by: 'pilot' });
deepStrictEqual(fromSql, inJs);
console.log(`${rows.length} count rows from DuckDB for ${surveyResponses.length} responses`);
console.log('tally from SQL counts equals tallyUsage on the records: yes');
for (const r of usageShares(fromSql, { study })
  .filter((s) => s.tool === 'safety-planning')
  .slice(0, 6)) {
  console.log(
    `  ${r.group.padEnd(14)} ${r.level.padEnd(5)} ${String(r.percent).padStart(3)}%  (${r.count} of ${r.n})`,
  );
}
