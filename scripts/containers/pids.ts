/** Signals to processes by pid, where "no such process (any more)" is an answer, not an error. */

/** Sends `sig` to `pid`; false when there is no such process (any more). */
export function signal(pid: number, sig: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

export function alive(pid: number): boolean {
  return signal(pid, 0);
}
