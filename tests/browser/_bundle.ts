import { existsSync, statSync } from 'node:fs';
import { BUNDLE, buildBrowserBundle, ENTRY } from './build-browser-bundle.js';

/**
 * dist/browser/sos-eval.js, built from dist/index.js when it is missing or older than the build
 * (`npm run build` makes it; this covers a tree where only tsup ran). Throws if dist/ is missing.
 */
export async function ensureBundle(): Promise<string> {
  if (!existsSync(ENTRY)) {
    throw new Error('dist/index.js is missing: run `npm run build` before the browser tests');
  }
  if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < statSync(ENTRY).mtimeMs) {
    await buildBrowserBundle();
  }
  return BUNDLE;
}
