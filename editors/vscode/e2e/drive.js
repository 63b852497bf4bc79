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

// Polls until check() gives a truthy value or the time is up; returns the last value. Waiting for
// what the test looks for (not a fixed pause) keeps the test right on a slow or busy machine.
async function until(check, ms = 60000) {
  const end = Date.now() + ms;
  let value;
  while (!(value = await check()) && Date.now() < end) {
    await sleep(500);
  }
  return value;
}

// The value check() gives once it has stayed the same for a few seconds (diagnostics settled).
async function settled(check, ms = 60000) {
  const end = Date.now() + ms;
  let last = await check();
  let since = Date.now();
  while (Date.now() < end && Date.now() - since < 4000) {
    await sleep(500);
    const now = await check();
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
  return last;
}

// Quick Open (Ctrl+P): types the name, waits for it in the list, opens it and waits for its tab.
async function open(page, name) {
  await chord(page, 'Control', 'KeyP');
  await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 30000 });
  await page.keyboard.type(name);
  await until(() => page.$$eval('.quick-input-widget .monaco-list-row', (rows, n) => rows.some((r) => r.textContent.includes(n)), name)
    .catch(() => false), 60000);
  await page.keyboard.press('Enter');
  await until(() => page.$eval('.tabs-container .tab.active', (e, n) => e.textContent.includes(n), name).catch(() => false), 60000);
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 60000 });
  await sleep(1000);
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
    await open(page, file);
    // The language server starts, then sends semantic tokens and diagnostics (the outline below waits for it).
    await sleep(3000);
    await page.screenshot({ path: path.join(out, 'open.png') });
    const mode = await page.$eval('[id="status.editor.mode"]', (e) => e.textContent.trim()).catch(() => '');
    const tab = await page.$eval('.tabs-container .tab.active', (e) => e.textContent.trim()).catch(() => '');
    const crashed = await page.evaluate(() => document.body.innerText.includes('will not be restarted'));
    console.log(`tab: ${tab}; language: ${mode}; server gave up: ${crashed}`);
    // The server is ready once it has published the diagnostics of the workspace (the other files
    // have errors); on a busy machine that can take minutes.
    await until(async () => (await problems(page)) > 0, 300000);
    // The outline comes from the language server: proof that it runs.
    const outline = await page.$('.pane-header[aria-label^="Outline"]');
    if (outline) {
      await outline.click();
    }
    const outlineRows = () => page.$$eval('.outline-pane .monaco-list-row', (rows) => rows.map((r) => r.textContent.trim()))
      .catch(() => []);
    let asked = Date.now();
    const symbols = (await until(async () => {
      const rows = await outlineRows();
      if (rows.some((r) => r.includes('总体情况'))) {
        return rows;
      }
      if (outline && Date.now() - asked > 10000) { // an outline asked for too early is not asked again
        await outline.click();
        await sleep(300);
        await outline.click();
        asked = Date.now();
      }
      return null;
    }, 120000)) || (await outlineRows());
    await page.screenshot({ path: path.join(out, 'outline.png') });
    console.log(`outline: ${symbols.slice(0, 3).join(' | ')}`);
    // Completion opens while typing: the word pattern makes `xs` a word, quick suggestions are on.
    await open(page, 'typing.report');
    await chord(page, 'Control', 'KeyG');
    await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 30000 });
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await sleep(500);
    await page.keyboard.type('  ');
    await page.keyboard.type('xs', { delay: 150 });
    const suggestions = () => page.$$eval('.suggest-widget.visible .monaco-list-row', (rows) => rows.map((r) => r.textContent.trim()))
      .catch(() => []);
    const proposals = (await until(async () => {
      const rows = await suggestions();
      return rows.length > 0 ? rows : null;
    }, 30000)) || [];
    await page.screenshot({ path: path.join(out, 'completion.png') });
    console.log(`typing xs offers: ${proposals.slice(0, 3).join(' | ')}`);
    await page.keyboard.press('Escape');
    // A wrong total: 总计 3 becomes 4 (R3 on the row): one problem more, squiggled; Ctrl+. offers the
    // computed value, which takes that problem away again.
    await open(page, 'planted.report');
    await until(async () => (await problems(page)) > 0);
    const before = await settled(() => problems(page));
    await goToLine(page, 4);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('4');
    const planted = (await until(async () => ((await problems(page)) === before + 1 ? before + 1 : 0))) || (await problems(page));
    await page.screenshot({ path: path.join(out, 'squiggle.png') });
    await page.keyboard.press('ArrowLeft');
    await chord(page, 'Control', 'Period');
    const actionRows = () => page.$$eval('.action-widget .monaco-list-row', (rows) => rows.map((r) => r.textContent.trim()))
      .catch(() => []);
    const actions = (await until(async () => {
      const rows = await actionRows();
      return rows.some((a) => a.includes('改为计算值')) ? rows : null;
    }, 30000)) || (await actionRows());
    await page.screenshot({ path: path.join(out, 'quickfix.png') });
    await page.keyboard.press('Enter');
    await until(async () => (await problems(page)) === before);
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
    const formatted = (await until(async () => {
      const now = await lines(page);
      return now[2] === '{' ? now : null;
    }, 30000)) || (await lines(page));
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
