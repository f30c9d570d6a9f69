// Memory and CPU of the server process and of the embedded PostgreSQL, read from /proc (Linux).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const CLOCK_TICKS = 100; // USER_HZ on Linux

function read(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** VmRSS / VmHWM of a process in KiB (null when it is gone). */
export function statusKiB(pid) {
  const text = read(`/proc/${pid}/status`);
  if (!text) return null;
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** Proportional set size in KiB (shared pages split between the processes that map them). */
export function pssKiB(pid) {
  const text = read(`/proc/${pid}/smaps_rollup`);
  if (!text) return null;
  return Number(/^Pss:\s+(\d+) kB/m.exec(text)?.[1] ?? NaN);
}

/** utime+stime (and, with children, cutime+cstime of reaped children) in seconds. */
export function cpuSeconds(pid, { children = false } = {}) {
  const text = read(`/proc/${pid}/stat`);
  if (!text) return null;
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is state (field 3); utime is field 14 → index 11.
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
  return (utime + stime + (children ? cutime + cstime : 0)) / CLOCK_TICKS;
}

/** utime and stime separately, in seconds. */
export function cpuSplit(pid) {
  const text = read(`/proc/${pid}/stat`);
  if (!text) return null;
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / CLOCK_TICKS, system: Number(fields[12]) / CLOCK_TICKS };
}

/** Whole-machine busy and total CPU seconds (all cores) from /proc/stat. */
export function machineCpu() {
  const line = read('/proc/stat')?.split('\n')[0] ?? '';
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: (total - idle) / CLOCK_TICKS, total: total / CLOCK_TICKS, steal: (v[7] ?? 0) / CLOCK_TICKS };
}

function childrenOf(pid) {
  const direct = read(`/proc/${pid}/task/${pid}/children`);
  if (direct !== null) return direct.trim().split(/\s+/).filter(Boolean).map(Number);
  const out = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === pid) out.push(Number(entry));
  }
  return out;
}

/** The postmaster pid of the embedded cluster under `dataDir` and its current children. */
export function postgresPids(dataDir) {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const master = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isFinite(master) || !read(`/proc/${master}/stat`)) return null;
  return { master, children: childrenOf(master) };
}

/** Summed memory of the PostgreSQL cluster: RSS (double-counts shared buffers) and PSS (fair share). */
export function postgresMemory(dataDir) {
  const pids = postgresPids(dataDir);
  if (!pids) return null;
  let rss = 0;
  let pss = 0;
  for (const pid of [pids.master, ...pids.children]) {
    rss += statusKiB(pid)?.rss || 0;
    pss += pssKiB(pid) || 0;
  }
  return { rssKiB: rss, pssKiB: pss, processes: 1 + pids.children.length };
}

/** CPU seconds used so far by the cluster: live processes plus what the postmaster reaped. */
export function postgresCpu(dataDir) {
  const pids = postgresPids(dataDir);
  if (!pids) return null;
  let total = cpuSeconds(pids.master, { children: true }) ?? 0;
  for (const pid of pids.children) total += cpuSeconds(pid) ?? 0;
  return total;
}

/**
 * Samples the server's VmRSS and the cluster's memory every `intervalMs` until stop(); keeps the
 * peaks and a short per-phase record (`mark(name)` starts a phase).
 */
export function startMemorySampler({ serverPid, dataDir, intervalMs = 1000 }) {
  const peaks = { serverRssKiB: 0, pgRssKiB: 0, pgPssKiB: 0 };
  const phases = [];
  let phase = { name: 'start', serverRssKiB: 0, pgPssKiB: 0, pgRssKiB: 0 };
  phases.push(phase);
  const sample = () => {
    const s = statusKiB(serverPid);
    const p = postgresMemory(dataDir);
    if (s) {
      peaks.serverRssKiB = Math.max(peaks.serverRssKiB, s.rss);
      phase.serverRssKiB = Math.max(phase.serverRssKiB, s.rss);
    }
    if (p) {
      peaks.pgRssKiB = Math.max(peaks.pgRssKiB, p.rssKiB);
      peaks.pgPssKiB = Math.max(peaks.pgPssKiB, p.pssKiB);
      phase.pgRssKiB = Math.max(phase.pgRssKiB, p.rssKiB);
      phase.pgPssKiB = Math.max(phase.pgPssKiB, p.pssKiB);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    peaks,
    phases,
    mark(name) {
      sample();
      phase = { name, serverRssKiB: 0, pgPssKiB: 0, pgRssKiB: 0 };
      phases.push(phase);
      sample();
    },
    stop() {
      sample();
      clearInterval(timer);
      return { peaks, phases };
    },
  };
}

/** CPU used between two snapshots, split into server, PostgreSQL, this process and everything else. */
export function cpuSnapshot({ serverPid, dataDir }) {
  const self = process.cpuUsage();
  return {
    at: performance.now(),
    server: cpuSeconds(serverPid) ?? 0,
    serverSplit: cpuSplit(serverPid) ?? { user: 0, system: 0 },
    postgres: postgresCpu(dataDir) ?? 0,
    bench: (self.user + self.system) / 1e6,
    machine: machineCpu(),
  };
}

export function cpuDelta(a, b) {
  const wall = (b.at - a.at) / 1000;
  const server = b.server - a.server;
  const postgres = b.postgres - a.postgres;
  const bench = b.bench - a.bench;
  const busy = b.machine.busy - a.machine.busy - (b.machine.steal - a.machine.steal);
  const steal = b.machine.steal - a.machine.steal;
  const pct = (x) => Math.round((x / wall) * 100);
  // Percent of one core (200% = both cores of a 2-core machine).
  return {
    wallSeconds: Number(wall.toFixed(2)),
    serverSeconds: Number(server.toFixed(3)),
    postgresSeconds: Number(postgres.toFixed(3)),
    serverPct: pct(server),
    serverSystemPct: pct(b.serverSplit.system - a.serverSplit.system),
    postgresPct: pct(postgres),
    benchPct: pct(bench),
    otherPct: Math.max(0, pct(busy - server - postgres - bench)),
    machineBusyPct: pct(busy),
    stealPct: pct(steal),
  };
}
