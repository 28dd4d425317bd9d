// Parses each .bib given with the peers' BibTeX parsers and prints one JSON line per (peer, file):
// UTF-8 size, entries found, median and best wall time over the runs, and MB/s from the median.
// Usage: node bib-parse.mjs [--runs N] [--budget-seconds S] FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { parse as bbtParse } from '@retorquere/bibtex-parser';

const require = createRequire(import.meta.url);
const { bibtexParser } = require('latex-utensils');

const peers = [
  // LaTeX Workshop's parser (PEG.js); only @entries count, as LaTeX Workshop counts them.
  { name: 'latex-utensils@7.0.0', parse: text => bibtexParser.parse(text).content.filter(e => bibtexParser.isEntry(e)).length },
  // Better BibTeX's import parser (full: LaTeX to Unicode, names, sentence case).
  { name: '@retorquere/bibtex-parser@9.0.29', parse: text => bbtParse(text).entries.length },
];

const args = process.argv.slice(2);
let runs = 5;
let budgetSeconds = 60; // per (peer, file): slow peers on the 20 MB file get fewer timed runs, at least one
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--budget-seconds') budgetSeconds = Number(args[++i]);
  else files.push(args[i]);
}

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  for (const peer of peers) {
    const times = [];
    let entries = 0;
    let error = null;
    try {
      const warmStart = process.hrtime.bigint();
      entries = peer.parse(text); // warm-up (JIT), not timed
      const warmSeconds = Number(process.hrtime.bigint() - warmStart) / 1e9;
      // A parse that takes more than half the budget is timed once, cold: JIT warm-up is noise at that length.
      if (warmSeconds > budgetSeconds / 2) times.push(warmSeconds * 1000);
      const affordable = warmSeconds > budgetSeconds / 2 ? 0 : Math.max(1, Math.min(runs, Math.floor(budgetSeconds / Math.max(warmSeconds, 1e-6))));
      for (let r = 0; r < affordable; r++) {
        const start = process.hrtime.bigint();
        entries = peer.parse(text);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    } catch (e) {
      error = String(e && e.message || e).slice(0, 200);
    }
    times.sort((a, b) => a - b);
    const medianMs = times.length ? times[Math.floor(times.length / 2)] : null;
    console.log(JSON.stringify({
      kind: 'bib-parse', peer: peer.name, file: basename(file), bytes, entries, runs: times.length,
      medianMs, bestMs: times.length ? times[0] : null, mbPerSecond: medianMs ? bytes / 1e6 / (medianMs / 1000) : null, error,
    }));
  }
}
