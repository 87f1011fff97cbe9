// papaparse is a UMD/CommonJS file with no ESM build: its default import is module.exports under
// both Node's ESM loader and bundlers. Only `Papa.parse` is used, with a readable-stream input
// and a `step` callback (see _records.ts); never `Papa.NODE_STREAM_INPUT`, files, downloads or
// workers, so nothing here pulls in Node built-ins.
import Papa from 'papaparse';

/** @internal papaparse's documented entry point. */
export const papaParse = Papa.parse;
