// Drives code-server in headless Chromium: opens a report with Quick Open, checks that VS Code gives
// it the ReportDSL language, that the server's outline shows, that typing `xs` in the empty table 三
// of typing.report opens completion with 新收 (no Ctrl+Space), that a wrong total typed into
// planted.report is squiggled and its quick fix (Ctrl+.) sets the computed value, and that Format
// Document aligns messy.report's table; keeps screenshots.
// Usage: node drive.js URL FILE OUT_DIR
const path = require('node:path');
const puppeteer = require('puppeteer-core');

const [url, file, out] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function open(page, name) {
  await chord(page, 'Control', 'KeyP');
  await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 30000 });
  await page.keyboard.type(name);
  await sleep(1500);
  await page.keyboard.press('Enter');
  await sleep(3000);
}

async function goToLine(page, line) {
  await chord(page, 'Control', 'KeyG');
  await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 30000 });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await sleep(500);
}

// The text of the visible editor's lines, top to bottom (Monaco renders spaces as no-break spaces).
async function lines(page) {
  return page.$$eval('.editor-instance .monaco-editor .view-lines .view-line', (rows) => rows
    .map((r) => ({ top: parseFloat(r.style.top) || 0, text: r.textContent.replace(/\u00a0/g, ' ') }))
    .sort((a, b) => a.top - b.top).map((r) => r.text));
}

// The number of errors in the workspace, as the status bar shows it.
async function problems(page) {
  const label = await page.$eval('[id="status.problems"]', (e) => e.textContent.trim()).catch(() => '');
  const m = label.match(/\d+/);
  return m ? Number(m[0]) : -1;
}

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
    await page.keyboard.press('Escape');
    // A wrong total: 总计 3 becomes 4 (R3 on the row): one problem more, squiggled; Ctrl+. offers the
    // computed value, which takes that problem away again.
    await open(page, 'planted.report');
    await sleep(5000);
    const before = await problems(page);
    await goToLine(page, 4);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('4');
    await sleep(5000);
    const planted = await problems(page);
    await page.screenshot({ path: path.join(out, 'squiggle.png') });
    await page.keyboard.press('ArrowLeft');
    await chord(page, 'Control', 'Period');
    await sleep(2000);
    const actions = await page.$$eval('.action-widget .monaco-list-row', (rows) => rows.map((r) => r.textContent.trim()))
      .catch(() => []);
    await page.screenshot({ path: path.join(out, 'quickfix.png') });
    await page.keyboard.press('Enter');
    await sleep(5000);
    const fixedLine = (await lines(page))[3];
    const after = await problems(page);
    console.log(`problems ${before} → ${planted} after typing 4 → ${after} after the fix; actions: ${actions.join(' | ')}; line 4: ${fixedLine}`);
    // Format Document from the command palette.
    await open(page, 'messy.report');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 30000 });
    await page.keyboard.type('Format Document');
    await sleep(1500);
    await page.keyboard.press('Enter');
    await sleep(4000);
    const formatted = await lines(page);
    await page.screenshot({ path: path.join(out, 'format.png') });
    console.log(`formatted: ${formatted.slice(2, 7).join(' / ')}`);
    const failures = [];
    if (!tab.includes(file) || mode !== 'ReportDSL' || crashed) failures.push('the report did not open in the ReportDSL language');
    if (!symbols.some((s) => s.includes('总体情况'))) failures.push('no outline from the server');
    if (!proposals.some((p) => p.startsWith('新收'))) failures.push('typing xs did not offer 新收');
    if (!(planted > before)) failures.push('the wrong total was not marked');
    if (!actions.some((a) => a.includes('改为计算值 3'))) failures.push('Ctrl+. did not offer the computed total');
    if (fixedLine !== '  新收 自然人 2 商业企业 1 总计 3' || after !== before) failures.push('the quick fix did not restore the total');
    if (formatted[2] !== '{' || !formatted.includes('  结转下年度 自然人 0') || formatted[6] !== '}') failures.push('Format Document did not format the table');
    if (failures.length > 0) {
      console.error(`drive.js: ${failures.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(`drive.js: ${e.message}`);
  process.exit(1);
});
