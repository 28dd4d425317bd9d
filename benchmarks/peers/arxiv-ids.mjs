// Extracts arXiv ids from each file with identifiers-arxiv and prints one JSON line per file: ids found
// (occurrences and distinct), median wall time over the runs and MB/s.
// Usage: node arxiv-ids.mjs [--runs N] FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { extract } = require('identifiers-arxiv');

const args = process.argv.slice(2);
let runs = 20;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else files.push(args[i]);
}

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  let ids = extract(text); // warm-up
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    ids = extract(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)];
  const distinct = new Set(ids.map(id => id.replace(/v\d+$/, '').toLowerCase())).size;
  console.log(JSON.stringify({
    kind: 'arxiv-ids', peer: 'identifiers-arxiv@0.1.1', file: basename(file), bytes, occurrences: ids.length, distinct,
    runs, medianMs, bestMs: times[0], mbPerSecond: bytes / 1e6 / (medianMs / 1000),
  }));
}
