// The processes of a benchmark's Chromium and the CPU seconds spent by each of their threads (read from /proc), to say
// where a figure's time goes: the page's main thread ("chromium" in the renderer), the cipher's workers
// (DedicatedWorker), the browser's I/O thread.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = 100; // USER_HZ on Linux

/** The pid and role (renderer, gpu-process, browser, ...) of every process of the Chromium running on `profile`. */
export function chromiumProcesses(profile) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim().split('\n')
    .map((line) => { const [pid, ppid, ...args] = line.trim().split(/\s+/); return { pid, ppid, args: args.join(' ') }; });
  const root = rows.find((row) => row.args.includes(profile) && !row.args.includes('--type='));
  if (!root) return new Map();
  const ours = new Map([[root.pid, 'browser']]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (ours.has(row.pid) || !ours.has(row.ppid)) continue;
      ours.set(row.pid, row.args.match(/--type=([\w-]+)/)?.[1] ?? 'browser');
      grew = true;
    }
  }
  return ours;
}

/** CPU seconds so far by "role:thread name" (threads of one name added up). */
export function threadTimes(profile) {
  const times = {};
  for (const [pid, role] of chromiumProcesses(profile)) {
    let threads = [];
    try { threads = readdirSync(`/proc/${pid}/task`); } catch { continue; } // the process ended meanwhile
    for (const thread of threads) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const key = `${role}:${name}`;
        times[key] = (times[key] ?? 0) + (Number(fields[11]) + Number(fields[12])) / ticksPerSecond; // utime + stime
      } catch { /* the thread ended meanwhile */ }
    }
  }
  return times;
}

/** The CPU time spent between two readings, in all and by the busiest threads, beside the wall time. */
export function describeThreadTimes(before, after, wallSeconds) {
  const spent = Object.keys(after).map((key) => [key, after[key] - (before[key] ?? 0)]).filter(([, seconds]) => seconds >= 0.05)
    .sort((a, b) => b[1] - a[1]);
  const total = spent.reduce((sum, [, seconds]) => sum + seconds, 0);
  return [`  CPU: ${total.toFixed(1)} s in ${wallSeconds.toFixed(1)} s (2 cores give at most ${(2 * wallSeconds).toFixed(1)} s)`,
    ...spent.slice(0, 6).map(([key, seconds]) => `    ${key} ${seconds.toFixed(1)} s`)].join('\n');
}
