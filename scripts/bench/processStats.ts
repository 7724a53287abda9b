/** CPU time and resident memory of processes under test, read from /proc (Linux) while a run lasts. */
import { readdirSync, readFileSync } from "node:fs";

// USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every mainstream Linux build.
const TICKS_PER_SECOND = 100;

export interface ProcessUsage {
  /** CPU used during the run, in percent of one core. */
  cpuPercent: number;
  /** CPU seconds used during the run. */
  cpuSeconds: number;
  /** Largest resident set seen during the run, MiB. */
  peakRssMiB: number;
}

/** Fields of /proc/<pid>/stat after the parenthesised command name (field 3 of the line is index 0). */
function statFields(pid: number): string[] {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return []; // exited meanwhile
  }
}

/** The process and its children (a cluster primary's workers count as the gateway). */
function family(pid: number): number[] {
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((candidate) => Number(statFields(candidate)[1]) === pid);
  return [pid, ...children];
}

function cpuTicks(pids: number[]): number {
  // utime and stime: fields 14 and 15 of the line.
  return pids.reduce((sum, pid) => {
    const fields = statFields(pid);
    return sum + (Number(fields[11]) || 0) + (Number(fields[12]) || 0);
  }, 0);
}

function rssMiB(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      return sum + (match ? Number(match[1]) / 1024 : 0);
    } catch {
      return sum;
    }
  }, 0);
}

/** Starts measuring `pids`; the returned function ends the measurement. */
export function measureProcesses(roots: Record<string, number>): () => Record<string, ProcessUsage> {
  const pids = Object.fromEntries(Object.entries(roots).map(([name, pid]) => [name, family(pid)]));
  const startedAt = process.hrtime.bigint();
  const startTicks = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuTicks(pid)]));
  const peaks: Record<string, number> = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, rssMiB(pid)]),
  );
  const sampler = setInterval(() => {
    for (const [name, pid] of Object.entries(pids)) peaks[name] = Math.max(peaks[name] ?? 0, rssMiB(pid));
  }, 250);
  return () => {
    clearInterval(sampler);
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    return Object.fromEntries(
      Object.entries(pids).map(([name, pid]) => {
        const used = (cpuTicks(pid) - (startTicks[name] ?? 0)) / TICKS_PER_SECOND;
        peaks[name] = Math.max(peaks[name] ?? 0, rssMiB(pid));
        return [
          name,
          {
            cpuPercent: Math.round((used / seconds) * 100),
            cpuSeconds: used,
            peakRssMiB: Math.round(peaks[name] ?? 0),
          },
        ];
      }),
    );
  };
}
