// npx tsx tests/charts/render-doc-images.ts — writes the pictures of docs/charts.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { DOC_IMAGES_DIR, docImages, docSvg } from './doc-images.js';

mkdirSync(DOC_IMAGES_DIR, { recursive: true });
for (const { name, spec } of await docImages()) {
  const path = `${DOC_IMAGES_DIR}/${name}.svg`;
  writeFileSync(path, await docSvg(spec));
  console.log(`wrote ${path}`);
}
