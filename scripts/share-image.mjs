// Draws client/public/share-image.png, the picture link previews show for a page that has none of
// its own (og:image / twitter:image): the brand's mark and name on the brand colour, 1200×630, the
// size Facebook, LinkedIn, Slack and Telegram ask for. The mark and the name sit in the middle
// 630×630, so the square crop of a small card keeps them. Chat apps do not accept SVG there, hence
// a PNG. Run it again after changing client/public/brand-logo.svg or the values below:
//
//   node scripts/share-image.mjs
//
// It uses playwright-core from the test package and the system Chromium (CHROMIUM_PATH, else
// /usr/bin/chromium). The server states the size in og:image:width/height (server/src/pages).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const BRAND_NAME = 'Northwind';
const BRAND_COLOUR = '#1f4e79';
const WIDTH = 1200;
const HEIGHT = 630;

const root = new URL('..', import.meta.url);
const { chromium } = createRequire(new URL('test/package.json', root))('playwright-core');
const mark = readFileSync(new URL('client/public/brand-logo.svg', root), 'utf8');
const out = fileURLToPath(new URL('client/public/share-image.png', root));

const html = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; }
  body {
    display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 36px;
    background: ${BRAND_COLOUR};
    font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #fff;
  }
  .mark { width: 260px; height: 260px; border-radius: 58px; box-shadow: 0 0 0 6px rgba(255,255,255,.85), 0 18px 48px rgba(0,0,0,.35); }
  .mark svg { width: 100%; height: 100%; display: block; }
  .name { font-size: 84px; font-weight: 700; letter-spacing: -1px; line-height: 1; }
</style></head>
<body><div class="mark">${mark}</div><div class="name">${BRAND_NAME}</div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.screenshot({ path: out, type: 'png' });
  console.log(`wrote ${out} (${WIDTH}×${HEIGHT})`);
} finally {
  await browser.close();
}
