// papaparse is a UMD/CommonJS file with no ESM build: its default import is module.exports under
// both Node's ESM loader and bundlers. Only the string Parser is used, never the Node-stream or
// file/worker paths, so nothing here pulls in Node built-ins.
import Papa from 'papaparse';

/** @internal The papaparse string tokenizer (one instance per parse call). */
export const PapaParser = Papa.Parser;
