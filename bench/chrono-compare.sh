#!/usr/bin/env bash
# Speed of dipline's temporal tagger against chrono-node (a popular JavaScript date parser) on
# the same text, in one run: the <TEXT> of the TBAQ corpus, tags removed. chrono-node is
# installed from npm into a temporary folder (nothing is added to the repository).
# Usage: bench/chrono-compare.sh [TBAQ_DIR]       (needs node and npm; builds the bench preset)
set -euo pipefail
cd "$(dirname "$0")/.."
tbaq=$(realpath "${1:-../shared/corpora/tempeval3/tbaq}")
cmake --preset bench >/dev/null
cmake --build --preset bench >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund chrono-node@2 >/dev/null)
cat > "$tmp/run.js" <<'JS'
const fs = require('fs'), path = require('path');
const chrono = require('chrono-node');
const dir = process.argv[2];
const files = [];
(function walk(d) {
  for (const f of fs.readdirSync(d).sort()) {
    const p = path.join(d, f);
    if (fs.statSync(p).isDirectory()) walk(p); else if (f.endsWith('.tml')) files.push(p);
  }
})(dir);
const docs = files.map(f => {
  const raw = fs.readFileSync(f, 'utf8');
  const text = raw.slice(raw.indexOf('<TEXT>') + 6, raw.indexOf('</TEXT>')).replace(/<[^>]+>/g, '');
  const dct = /value="(\d{4}-\d\d-\d\d)[^"]*"[^>]*functionInDocument="CREATION_TIME"/.exec(raw);
  return {text, ref: new Date(dct ? dct[1] + 'T12:00:00Z' : '2000-01-01T12:00:00Z')};
});
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
let found = 0;
for (const d of docs) found += chrono.parse(d.text, d.ref).length;  // warm-up
const rounds = 5, t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; ++r) for (const d of docs) chrono.parse(d.text, d.ref);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({bytes, found, mb_per_s: bytes * rounds / secs / 1e6}));
JS
chrono=$(node "$tmp/run.js" "$tbaq")
dipline=$(build/bench/bench/dipline_bench --benchmark_filter=TemporalTagger --benchmark_min_time=2 \
          --benchmark_format=json 2>/dev/null)
python3 - "$chrono" "$dipline" <<'PY'
import json, sys
c = json.loads(sys.argv[1]); d = json.loads(sys.argv[2])["benchmarks"][0]
dm = d["bytes_per_second"] / 1e6
print(f"text: {c['bytes']} bytes of TBAQ <TEXT>")
print(f"chrono-node {c['mb_per_s']:.2f} MB/s ({c['found']} dates found)")
print(f"dipline     {dm:.2f} MB/s")
print(f"ratio dipline/chrono-node: {dm / c['mb_per_s']:.1f}x")
PY
