/** CPU time and resident memory of processes under test, read from /proc (Linux) while a run lasts. */
import { readFileSync } from "node:fs";

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

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : 0;
}

/** Starts measuring `pids`; the returned function ends the measurement. */
export function measureProcesses(pids: Record<string, number>): () => Record<string, ProcessUsage> {
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
