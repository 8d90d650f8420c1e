// Renders every processes/*.bpmn with the bpmn-js Viewer (as Camunda Modeler draws it) in headless
// Chromium to docs/diagrams/<name>.png at scale 1, and writes docs/diagrams/SHA256SUMS, the hashes of
// the models rendered, which .ci/check-diagrams.sh compares with the models.
// Run from the repo root: npm --prefix tools/diagrams ci && npm --prefix tools/diagrams run render
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const dist = join(here, 'node_modules/bpmn-js/dist');
const out = join(root, 'docs/diagrams');
const MARGIN = 20;
// The Viewer's bpmn.io watermark (21 px high, 15 px above the bottom edge) must stay visible:
// a deeper bottom margin keeps it clear of the diagram.
const BOTTOM = MARGIN + 24;

const started = Date.now();
const models = (await readdir(join(root, 'processes'))).filter((f) => f.endsWith('.bpmn')).sort();
if (!models.length) throw new Error('no processes/*.bpmn found');
await mkdir(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const failures = [];
const sums = [];
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><body style="margin:0;background:#fff"><div id="canvas"></div></body>');
  await page.addStyleTag({ path: join(dist, 'assets/diagram-js.css') });
  await page.addStyleTag({ path: join(dist, 'assets/bpmn-js.css') });
  await page.addScriptTag({ path: join(dist, 'bpmn-viewer.production.min.js') });

  // bpmn-js draws and measures labels in Arial; without Arial (or its metric twin Liberation Sans)
  // Chromium falls back to another font and the labels wrap differently than in Camunda Modeler.
  const hasArial = await page.evaluate(async () => {
    await document.fonts.ready;
    const ctx = document.createElement('canvas').getContext('2d');
    const width = (font) => ((ctx.font = font), ctx.measureText('Complaint received 0123').width);
    return width('12px Arial, monospace') !== width('12px monospace');
  });
  if (!hasArial) throw new Error('font Arial not found: install Arial or Liberation Sans (apt-get install fonts-liberation)');

  for (const file of models) {
    const model = `processes/${file}`;
    const xml = await readFile(join(root, model));
    const result = await page.evaluate(async (xml) => {
      window.viewer ??= new BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(xml);
        const { x, y, width, height } = viewer.get('canvas').viewbox().inner;
        return { warnings: warnings.map((w) => w.message), box: { x, y, width, height } };
      } catch (err) {
        return { warnings: [err.message, ...(err.warnings || []).map((w) => w.message)] };
      }
    }, xml.toString('utf8'));
    if (!result.box || result.warnings.length) {
      failures.push(`${model}: import ${result.box ? 'warnings' : 'failed'}:\n  ${result.warnings.join('\n  ')}`);
      continue;
    }

    // Size the page to the diagram's bounding box plus the margin, and show it at scale 1.
    const { x, y } = result.box;
    const width = Math.ceil(result.box.width + 2 * MARGIN);
    const height = Math.ceil(result.box.height + MARGIN + BOTTOM);
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.evaluate(async (box) => {
      Object.assign(document.getElementById('canvas').style, { width: `${box.width}px`, height: `${box.height}px` });
      const canvas = viewer.get('canvas');
      canvas.resized();
      canvas.viewbox(box);
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }, { x: x - MARGIN, y: y - MARGIN, width, height });

    const png = join(out, file.replace(/\.bpmn$/, '.png'));
    await (await page.$('#canvas')).screenshot({ path: png });
    sums.push(`${createHash('sha256').update(xml).digest('hex')}  ${model}`);
    console.log(`${model} -> docs/diagrams/${file.replace(/\.bpmn$/, '.png')} (${width}x${height})`);
  }
} finally {
  await browser.close();
}

// PNGs of models that no longer exist go; SHA256SUMS lists only the models rendered just now.
for (const f of await readdir(out)) {
  if (f.endsWith('.png') && !models.includes(f.replace(/\.png$/, '.bpmn'))) await rm(join(out, f));
}
await writeFile(join(out, 'SHA256SUMS'), sums.map((line) => `${line}\n`).join(''));
console.log(`rendered ${sums.length} of ${models.length} models in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures.length) {
  console.error(`\nnot rendered:\n${failures.join('\n')}`);
  process.exit(1);
}
