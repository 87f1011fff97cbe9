import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_IMAGES_DIR, docImages, docSvg } from './doc-images.js';
import { checkSpec } from './_harness.js';

// docs/charts.md shows a picture of each chart, committed as SVG: rendered from the builders by
// tests/charts/render-doc-images.ts, never drawn by hand. This test draws them again and fails when
// a committed file differs, so a change to a builder cannot leave the guide showing the old chart.
const images = await docImages();

describe('the pictures in docs/charts.md', { timeout: 120_000 }, () => {
  it('are exactly the committed files, one per picture', () => {
    expect(
      readdirSync(DOC_IMAGES_DIR)
        .filter((f) => f.endsWith('.svg'))
        .sort(),
    ).toEqual(images.map((i) => `${i.name}.svg`).sort());
  });

  it.each(images.map((i) => [i.name, i] as const))(
    '%s.svg is current (re-run `npx tsx tests/charts/render-doc-images.ts` if not)',
    async (name, image) => {
      await checkSpec(image.spec);
      const committed = readFileSync(`${DOC_IMAGES_DIR}/${name}.svg`, 'utf8');
      const drawn = await docSvg(image.spec);
      expect(drawn === committed, `${DOC_IMAGES_DIR}/${name}.svg is out of date`).toBe(true);
      expect(committed).toContain(`<title id="title">`);
    },
  );
});
