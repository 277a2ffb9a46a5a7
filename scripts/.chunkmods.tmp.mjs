import { readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(file.replace(/^build/, '.svelte-kit/output/client') + '.map', 'utf8'));
const lines = code.split('\n');
const dec = decode(map.mappings);
const per = new Map();
dec.forEach((segs, li) => {
  const line = lines[li] ?? '';
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]; const next = segs[i + 1]; const len = (next ? next[0] : line.length) - s[0];
    if (s.length < 2) continue;
    const src = map.sources[s[1]].replace(/^.*?(src\/|node_modules\/)/, '$1');
    per.set(src, (per.get(src) ?? 0) + len);
  }
});
const rows = [...per].sort((a, b) => b[1] - a[1]);
for (const [s, n] of rows.slice(0, +(process.argv[3] ?? 40))) console.log(String(n).padStart(7), s);
console.log('total', code.length);
