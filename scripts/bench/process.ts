/**
 * Running a command for the benchmark: wall time, every output line with the
 * moment it arrived, and the peak resident memory of the whole process tree
 * (sampled from /proc, since `astro build` and Pagefind start child processes).
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** One line of a command's output and when it arrived, in seconds from the start. */
export interface TimedLine {
  t: number;
  text: string;
}

/** What a timed command did. */
export interface TimedRun {
  status: number;
  wallSeconds: number;
  /** Peak summed RSS of the process and its descendants in MB, or null without /proc. */
  peakRssMb: number | null;
  /** At that peak, the RSS in MB of each process, by command name (summed over same names). */
  peakBreakdownMb: Record<string, number>;
  lines: TimedLine[];
  output: string;
}

/** The parent pid of every process, read from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields resume after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** Resident memory of a process in kB, or 0 when it is gone. */
function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The command name of a process, or `?` when it is gone. */
function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** The RSS (kB) of `root` and each of its descendants, by pid. */
export function treeRss(root: number): Map<number, number> {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) {
    const list = byParent.get(ppid) ?? [];
    list.push(pid);
    byParent.set(ppid, list);
  }
  const rss = new Map<number, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    rss.set(pid, rssKb(pid));
    stack.push(...(byParent.get(pid) ?? []));
  }
  return rss;
}

/** Runs a command to completion, timing it and sampling its memory every `sampleMs`. */
export function runTimed(
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    echo?: boolean;
    sampleMs?: number;
    /**
     * Send the output to this file instead of a pipe (lines then carry no times). For commands
     * that print a lot and then call process.exit(): Node writes to a pipe asynchronously, so
     * the end of their output would be lost, but it writes to a file synchronously.
     */
    outputFile?: string;
  },
): Promise<TimedRun> {
  const started = performance.now();
  const fd = options.outputFile ? openSync(options.outputFile, 'w') : undefined;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: fd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', fd, fd],
  });
  const lines: TimedLine[] = [];
  const collect = (stream: NodeJS.ReadableStream | null): void => {
    if (!stream) return;
    createInterface({ input: stream }).on('line', (text) => {
      lines.push({ t: (performance.now() - started) / 1000, text });
      if (options.echo) process.stderr.write(`  | ${text}\n`);
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const hasProc = (() => {
    try {
      readdirSync('/proc/self');
      return true;
    } catch {
      return false;
    }
  })();
  let peakKb = 0;
  let peakAt = new Map<string, number>();
  const timer = hasProc
    ? setInterval(() => {
        if (!child.pid) return;
        const rss = treeRss(child.pid);
        let total = 0;
        for (const kb of rss.values()) total += kb;
        if (total > peakKb) {
          peakKb = total;
          // Names are read now: by the end, these processes are gone.
          peakAt = new Map([...rss].map(([pid, kb]) => [`${commandName(pid)}:${pid}`, kb]));
        }
      }, options.sampleMs ?? 100)
    : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      if (fd !== undefined && options.outputFile) {
        closeSync(fd);
        for (const text of readFileSync(options.outputFile, 'utf8').split('\n')) {
          lines.push({ t: wallSeconds, text });
        }
      }
      const peakBreakdownMb: Record<string, number> = {};
      for (const [key, kb] of peakAt) {
        if (kb === 0) continue;
        const name = key.slice(0, key.lastIndexOf(':'));
        peakBreakdownMb[name] = (peakBreakdownMb[name] ?? 0) + Math.round(kb / 1024);
      }
      resolve({
        status: code ?? 1,
        wallSeconds,
        peakRssMb: hasProc ? Math.round(peakKb / 1024) : null,
        peakBreakdownMb,
        lines,
        output: lines.map((l) => l.text).join('\n'),
      });
    });
  });
}
