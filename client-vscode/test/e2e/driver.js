// Drives code-server in headless Chromium through what a user does with the extension; prints PASS/FAIL per check.
// usage: node driver.js  (configuration from the environment, set by run.sh)
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const env = (name) => { const v = process.env[name]; if (!v) throw new Error(`${name} is not set`); return v; };
const port = env('E2E_PORT');
const workspace = env('E2E_WORKSPACE');
const userDataDir = env('E2E_USER_DATA');
const scratch = env('E2E_SCRATCH');
const outDir = env('E2E_OUT');
const chromiumPath = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

const paper = {
  id: '2410.15661',
  title: 'Scalable Data Ablation Approximations for Language Models through Modular Training and Merging',
  abstractWords: 'data ablation study exploring large sets of candidate data mixtures',
};
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = [];
let screenshotOnFailure = async () => {};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function check(name, run) {
  const started = Date.now();
  try {
    const detail = await run();
    results.push({ name, ok: true });
    console.log(`PASS ${name}${detail ? ` — ${detail}` : ''} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  } catch (error) {
    results.push({ name, ok: false });
    await screenshotOnFailure(`fail-${results.length}.png`);
    console.log(`FAIL ${name} — ${String(error && error.message || error).split('\n')[0]} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  }
}

/** Polls `probe` until it returns a truthy value or `ms` pass. */
async function waitFor(probe, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
    await sleep(250);
  }
}

/** The extension's output channel, as VS Code writes it to the log folder on the server side. */
function outputChannelText() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/Papers LSP\.log$/.test(entry.name)) found.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(userDataDir, 'logs'));
  return found.join('\n');
}

(async () => {
  const profile = fs.mkdtempSync(path.join(scratch, 'chrome-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 860 },
    env: { ...process.env, HOME: scratch + '/home', XDG_CONFIG_HOME: scratch + '/home/.config', XDG_CACHE_HOME: scratch + '/home/.cache' },
  });
  const origin = `http://127.0.0.1:${port}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = context.pages()[0] || await context.newPage();
  screenshotOnFailure = (file) => page.screenshot({ path: path.join(outDir, file) }).catch(() => {});
  page.on('pageerror', (e) => log('[page error]', String(e.message).slice(0, 200)));

  const editorLines = () => page.evaluate(() => Array.from(
    document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line'),
    (l) => l.textContent.replace(/\u00a0/g, ' ')));

  /** Screen rectangle of `needle` in the visible editor, through a DOM Range over the rendered text. */
  const rectOf = (needle) => page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let n;
      while ((n = walker.nextNode())) {
        const i = n.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i); r.setEnd(n, i + needle.length);
          const b = r.getBoundingClientRect();
          return { x: b.x, y: b.y, w: b.width, h: b.height };
        }
      }
    }
    return null;
  }, needle);

  async function openFile(name, needle) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first();
    await row.waitFor({ timeout: 60000 });
    await row.dblclick();
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: needle }).first().waitFor({ timeout: 30000 });
    await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).first().waitFor({ timeout: 10000 }).catch(() => {});
  }

  /** Hovers `needle` until a hover containing `expect` shows; retries while the server starts. */
  async function hoverText(needle, expect, attempts) {
    const rect = await rectOf(needle);
    if (!rect) throw new Error(`"${needle}" is not on screen`);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expect });
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await page.mouse.move(5, 5);
      await page.mouse.move(rect.x + rect.w / 2 - 3, rect.y + rect.h / 2, { steps: 3 });
      await page.mouse.move(rect.x + rect.w / 2, rect.y + rect.h / 2, { steps: 2 });
      try {
        await hover.first().waitFor({ state: 'visible', timeout: 1500 });
        return await hover.first().innerText();
      } catch { /* not yet */ }
    }
    const shown = await page.locator('.monaco-hover:not(.hidden)').first().innerText({ timeout: 500 }).catch(() => '');
    throw new Error(`no hover containing "${expect}" after ${attempts} attempts${shown ? `; shown: ${JSON.stringify(shown.slice(0, 120))}` : ''}`);
  }

  async function runCommand(title) {
    await page.mouse.click(700, 5).catch(() => {});
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill('>' + title);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
  }

  /** "Papers: Search Catalog…", a query, the paper, then one of the paper actions. */
  async function searchAndAct(query, action) {
    await runCommand('Papers: Search Catalog');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Search the paper catalog' }).waitFor({ timeout: 10000 });
    await input.fill(query);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: paper.title }).first();
    try {
      await row.waitFor({ timeout: 10000 });
    } catch {
      const rows = await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts().catch(() => []);
      await page.keyboard.press('Escape');
      throw new Error(`search for "${query}" did not offer the paper; offered: ${JSON.stringify(rows.slice(0, 3))}`);
    }
    await row.click();
    const actionRow = page.locator('.quick-input-widget .monaco-list-row', { hasText: action }).first();
    await actionRow.waitFor({ timeout: 10000 });
    await actionRow.click();
  }

  try {
    await page.goto(`${origin}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    log('workbench loaded');
    await openFile('notes.md', paper.id);
    log('notes.md open');

    await check('extension activates and launches the server', async () => {
      const text = await waitFor(() => { const t = outputChannelText(); return /Starting the \w+ server: /.test(t) && t; }, 30000,
        'the "Starting the … server" line in the Papers LSP output channel');
      return text.match(/Starting the \w+ server: [^\n]*/)[0];
    });
    let serverRunning = false;
    let copiedKey;
    await check('server answers initialize (client state Running)', async () => {
      await waitFor(() => /Server running\.|did not start|not running/.test(outputChannelText()), 45000, 'the server to start or fail');
      const text = outputChannelText();
      if (!/Server running\./.test(text)) {
        const why = text.split('\n').filter((l) => /did not start|error|Error|exit/i.test(l)).slice(-2).join(' | ');
        throw new Error(`server not running: ${why.slice(0, 300)}`);
      }
      serverRunning = true;
    });
    const attempts = serverRunning ? 20 : 3;

    await check('status bar shows the catalog size', async () => {
      const item = page.locator('.statusbar-item', { hasText: /papers/ }).first();
      const text = await waitFor(async () => {
        const t = await item.innerText({ timeout: 500 }).catch(() => '');
        return /\d[\d,]* papers/.test(t) && t;
      }, serverRunning ? 15000 : 3000, 'a "N papers" status bar item');
      return text.trim();
    });

    await check('hover on an arXiv id in Markdown shows the title and abstract', async () => {
      const text = await hoverText(paper.id, paper.title, attempts);
      await page.screenshot({ path: path.join(outDir, 'hover.png') });
      if (!text.replace(/\s+/g, ' ').includes(paper.abstractWords)) throw new Error(`abstract missing from hover: ${JSON.stringify(text.slice(0, 200))}`);
      return `${text.length} characters`;
    });
    await page.mouse.move(5, 5);

    await check('inlay hint after the id shows the title', async () => {
      const line = await waitFor(async () => (await editorLines()).find((l) => l.includes(paper.id) && l.includes('Scalable Data Ablation')),
        serverRunning ? 10000 : 2000, 'the title next to the id');
      return JSON.stringify(line.trim().slice(0, 90));
    });

    await check('completion after arXiv: and two title words offers the paper and inserts its id', async () => {
      const rect = await rectOf('Reading list');
      if (!rect) throw new Error('heading not on screen');
      await page.mouse.click(rect.x + 2, rect.y + rect.h / 2);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Related: arXiv:', { delay: 40 });
      await page.keyboard.type('Scalable Data', { delay: 60 });
      const item = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Scalable Data Ablation' }).first();
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+Space');
        try { await item.waitFor({ timeout: 3000 }); break; } catch (e) {
          if (attempt >= (serverRunning ? 4 : 1)) {
            await page.screenshot({ path: path.join(outDir, 'completion-fail.png') });
            const rows = await page.locator('.suggest-widget.visible .monaco-list-row').allInnerTexts().catch(() => []);
            await page.keyboard.press('Escape');
            throw new Error(`no completion item for the paper; offered: ${JSON.stringify(rows.slice(0, 3))}`);
          }
        }
      }
      await page.screenshot({ path: path.join(outDir, 'completion.png') });
      await item.click();
      const line = await waitFor(async () => (await editorLines()).find((l) => l.startsWith('Related: ')), 5000, 'the edited line');
      await waitFor(async () => (await editorLines()).some((l) => l.startsWith('Related: ') && l.includes(`arXiv:${paper.id}`)), 5000,
        `"arXiv:${paper.id}" inserted (line: ${JSON.stringify(line)})`);
    });

    await check('Search Catalog… → Copy BibTeX puts the entry on the clipboard', async () => {
      await searchAndAct('scalable data ablation', 'Copy BibTeX');
      const clip = await waitFor(async () => {
        const t = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
        return /@\w+\s*\{/.test(t) && t.includes(paper.id) && t;
      }, 10000, 'a BibTeX entry with the id on the clipboard');
      fs.writeFileSync(path.join(outDir, 'copied.bib'), clip);
      copiedKey = (/@\w+\s*\{\s*([^,\s]+)/.exec(clip) || [])[1];
      return clip.split('\n')[0];
    });

    await check('Search Catalog… → Add to .bib appends the entry to refs.bib', async () => {
      const bib = path.join(workspace, 'refs.bib');
      const before = fs.readFileSync(bib, 'utf8');
      await searchAndAct('scalable data ablation', 'Add to .bib');
      const after = await waitFor(() => { const t = fs.readFileSync(bib, 'utf8'); return t !== before && t.includes(paper.id) && t; },
        10000, 'refs.bib saved with the new entry');
      if (!after.startsWith(before.trimEnd())) throw new Error('the existing entries of refs.bib changed');
      return after.slice(before.length).trim().split('\n')[0];
    });

    // Before Insert Citation, which adds \cite{…} to this file.
    await check('hover on an arXiv id in LaTeX shows the title', async () => {
      await openFile('paper.tex', 'Related work');
      await hoverText(paper.id, paper.title, serverRunning ? 5 : 2);
    });
    await page.mouse.move(5, 5);

    await check('Search Catalog… → Insert Citation in LaTeX inserts \\cite{key}', async () => {
      await openFile('paper.tex', 'Related work');
      const rect = await rectOf('Related work');
      await page.mouse.click(rect.x + rect.w + 200, rect.y + rect.h / 2);
      await page.keyboard.press('End');
      await page.keyboard.type(' as shown by ', { delay: 20 });
      await searchAndAct('scalable data ablation', 'Insert Citation');
      const line = await waitFor(async () => (await editorLines()).find((l) => /as shown by \\cite\{[^}]+\}/.test(l)), 5000, '\\cite{…} in the line');
      const cited = line.match(/\\cite\{([^}]+)\}/)[1];
      // The citation uses the key of the paper's BibTeX entry, not the catalog's id.
      if (copiedKey && cited !== copiedKey) throw new Error(`cited ${cited}, but the BibTeX entry's key is ${copiedKey}`);
      return `\\cite{${cited}}`;
    });

    await page.mouse.move(5, 5);

    const notification = (text) => page.locator('.notification-toast, .notifications-center .notification-list-item', { hasText: text }).first();
    await check('Show Catalog Statistics reports the catalog size', async () => {
      await runCommand('Papers: Show Catalog Statistics');
      const toast = notification(/Paper catalog: \d/);
      await toast.waitFor({ timeout: serverRunning ? 10000 : 3000 });
      return (await toast.innerText()).split('\n').find((l) => l.includes('Paper catalog'));
    });

    await check('Import into Catalog… imports a .bib file and reports the counts', async () => {
      await runCommand('Papers: Import into Catalog');
      // code-server's file dialog is a quick input holding a path.
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Import into the paper catalog' }).waitFor({ timeout: 10000 });
      // The dialog fills in the folder asynchronously; typing before that would be appended to it.
      await waitFor(async () => (await input.inputValue()).endsWith('/'), 10000, 'the file dialog to show the folder');
      const file = path.join(workspace, 'refs.bib');
      await waitFor(async () => { await input.fill(file); await sleep(300); return (await input.inputValue()) === file; }, 10000, 'the path typed');
      await page.keyboard.press('Enter');
      const text = await waitFor(async () => {
        const shown = await page.locator('.notification-toast').allInnerTexts().catch(() => []);
        return shown.find((t) => /Imported into the catalog: \d|PapersLsp: /.test(t));
      }, serverRunning ? 20000 : 3000, 'the import to finish');
      const line = text.split('\n').find((l) => /Imported|PapersLsp: /.test(l));
      if (!/Imported into the catalog: \d/.test(line)) throw new Error(line);
      return line;
    });

    await check('Restart Server starts a new server that answers', async () => {
      const count = (re) => (outputChannelText().match(re) || []).length;
      const started = count(/Starting the \w+ server: /g);
      const running = count(/Server running\./g);
      await runCommand('Papers: Restart Server');
      await waitFor(() => count(/Starting the \w+ server: /g) > started, 15000, 'a second "Starting the … server" line');
      await waitFor(() => count(/Server running\./g) > running, serverRunning ? 20000 : 3000, 'the restarted server to answer initialize');
    });
  } catch (error) {
    console.log(`FAIL harness — ${error.message}`);
    results.push({ name: 'harness', ok: false });
    await page.screenshot({ path: path.join(outDir, 'harness-fail.png') }).catch(() => {});
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
})();
