// Runs the benchmark on two builds of the server in one session, alternating them scenario set by
// scenario set on the same kept data, and prints both side by side (medians over the rounds).
// The machine is noisy: only figures measured this way, back to back, are compared.
//
//   git worktree add /tmp/ref <commit> && (cd /tmp/ref && npx -y pnpm@12.21.0 install --frozen-lockfile && npx -y pnpm@12.21.0 -r run build)
//   node test/bench/compare.mjs --ref /tmp/ref --rounds 2 -- --reuse-data /tmp/townsquare-bench-XXXX --scenarios latest,topic
//
// --ref DIR: the other checkout (its server/dist/main.js runs as "ref"); this checkout runs as "new".
// Everything after `--` goes to run.mjs for both (give --reuse-data: both must see the same data).
// --ref-data DIR: a copy of that data for the ref build, when the new build migrates the schema
// (the ref build cannot start on a migrated database): `cp -a DATA DATA-ref` before the first run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const split = process.argv.indexOf('--');
const own = split === -1 ? process.argv.slice(2) : process.argv.slice(2, split);
const forward = split === -1 ? [] : process.argv.slice(split + 1);
const { values } = parseArgs({ args: own, options: { ref: { type: 'string' }, 'ref-data': { type: 'string' }, rounds: { type: 'string', default: '2' } } });
if (!values.ref) throw new Error('--ref DIR (another checkout, built) is required');
const refMain = path.resolve(values.ref, 'server/dist/main.js');
if (!fs.existsSync(refMain)) throw new Error(`${refMain} does not exist: build the ref checkout first`);
if (!forward.includes('--reuse-data')) throw new Error('pass --reuse-data DIR after `--`, so both builds read the same data');
const rounds = Math.min(Math.max(Number(values.rounds) || 2, 1), 10);

const runs = { ref: [], new: [] };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'townsquare-compare-'));
for (let round = 1; round <= rounds; round++) {
  for (const which of round % 2 ? ['ref', 'new'] : ['new', 'ref']) {
    const out = path.join(dir, `${which}-${round}.json`);
    console.log(`round ${round}/${rounds}: ${which}`);
    const env = { ...process.env };
    if (which === 'ref') env.TOWNSQUARE_SERVER_MAIN = refMain;
    else delete env.TOWNSQUARE_SERVER_MAIN;
    let args = forward;
    if (which === 'ref' && values['ref-data']) {
      args = [...forward];
      args[args.indexOf('--reuse-data') + 1] = values['ref-data'];
    }
    const res = spawnSync(process.execPath, [path.join(here, 'run.mjs'), ...args, '--out', out], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (res.status !== 0) throw new Error(`run.mjs for ${which} exited with ${res.status}`);
    runs[which].push(JSON.parse(fs.readFileSync(out, 'utf8')));
  }
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return Math.round(m * 100) / 100;
};
const names = [...new Set(runs.new.flatMap((r) => r.scenarios.map((s) => s.name)))];
const pick = (which, name, f) => median(runs[which].map((r) => r.scenarios.find((s) => s.name === name)).filter(Boolean).map(f));
const metrics = [
  ['req/s', (s) => s.rps],
  ['p99 ms', (s) => s.latencyMs.p99],
  ['server CPU ms/req', (s) => s.cpuMsPerRequest?.server],
  ['PG CPU ms/req', (s) => s.cpuMsPerRequest?.postgres],
  ['PG xacts/req', (s) => s.database?.transactionsPerRequest],
];
const lines = [`| scenario | ${metrics.map(([m]) => `${m} ref → new`).join(' | ')} |`, `|---|${metrics.map(() => '---').join('|')}|`];
for (const name of names) {
  lines.push(`| ${name} | ${metrics.map(([, f]) => `${pick('ref', name, f) ?? '–'} → ${pick('new', name, f) ?? '–'}`).join(' | ')} |`);
}
const rss = (which) => median(runs[which].map((r) => r.memory?.serverPeakRssMiB));
lines.push('', `ref: ${refMain}; new: ${path.resolve(here, '../../server/dist/main.js')}; ${rounds} round(s), medians; server peak RSS ref ${rss('ref') ?? '–'} MiB, new ${rss('new') ?? '–'} MiB`);
console.log(lines.join('\n'));
fs.writeFileSync(path.join(dir, 'compare.md'), lines.join('\n') + '\n');
console.log(`runs and table kept in ${dir}`);
