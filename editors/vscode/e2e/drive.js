// Drives code-server in headless Chromium: opens a report with Quick Open, checks that VS Code gives
// it the ReportDSL language, that the server's outline shows and that typing `xs` in the empty table 三
// of typing.report opens completion with 新收 (no Ctrl+Space), and keeps screenshots.
// Usage: node drive.js URL FILE OUT_DIR
const path = require('node:path');
const puppeteer = require('puppeteer-core');

const [url, file, out] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function chord(page, modifier, key) {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--window-size=1400,900'],
    defaultViewport: { width: 1400, height: 900 },
  });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
    await sleep(3000);
    await chord(page, 'Control', 'KeyP');
    await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 30000 });
    await page.keyboard.type(file);
    await sleep(1500);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 60000 });
    // The language server starts, then sends semantic tokens and diagnostics.
    await sleep(15000);
    await page.screenshot({ path: path.join(out, 'open.png') });
    const mode = await page.$eval('[id="status.editor.mode"]', (e) => e.textContent.trim()).catch(() => '');
    const tab = await page.$eval('.tabs-container .tab.active', (e) => e.textContent.trim()).catch(() => '');
    const crashed = await page.evaluate(() => document.body.innerText.includes('will not be restarted'));
    console.log(`tab: ${tab}; language: ${mode}; server gave up: ${crashed}`);
    // The outline comes from the language server: proof that it runs.
    const outline = await page.$('.pane-header[aria-label^="Outline"]');
    if (outline) {
      await outline.click();
    }
    await sleep(4000);
    const symbols = await page.$$eval('.outline-pane .monaco-list-row', (rows) => rows.map((r) => r.textContent.trim()))
      .catch(() => []);
    await page.screenshot({ path: path.join(out, 'outline.png') });
    console.log(`outline: ${symbols.slice(0, 3).join(' | ')}`);
    // Completion opens while typing: the word pattern makes `xs` a word, quick suggestions are on.
    await chord(page, 'Control', 'KeyP');
    await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 30000 });
    await page.keyboard.type('typing.report');
    await sleep(1500);
    await page.keyboard.press('Enter');
    await sleep(3000);
    await chord(page, 'Control', 'KeyG');
    await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 30000 });
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await sleep(500);
    await page.keyboard.type('  ');
    await page.keyboard.type('xs', { delay: 150 });
    await sleep(3000);
    const proposals = await page.$$eval('.suggest-widget.visible .monaco-list-row', (rows) => rows.map((r) => r.textContent.trim()))
      .catch(() => []);
    await page.screenshot({ path: path.join(out, 'completion.png') });
    console.log(`typing xs offers: ${proposals.slice(0, 3).join(' | ')}`);
    if (!tab.includes(file) || mode !== 'ReportDSL' || crashed || !symbols.some((s) => s.includes('总体情况'))
      || !proposals.some((p) => p.startsWith('新收'))) {
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(`drive.js: ${e.message}`);
  process.exit(1);
});
