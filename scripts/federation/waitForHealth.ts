/** Polls a service's /health with backoff until it answers 200, failing fast if the process exits first. */
import type { ExitStatus, ServiceProcess } from "./serviceProcess.js";

export class ServiceStartError extends Error {
  constructor(
    readonly service: string,
    reason: string,
    output: string,
  ) {
    super(`${service} did not start: ${reason}${output ? `\n--- last output of ${service} ---\n${output}` : ""}`);
    this.name = "ServiceStartError";
  }
}

function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `it was killed by ${signal}` : `it exited with code ${code}`;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

export async function waitForHealth(service: ServiceProcess, healthUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: ExitStatus | undefined;
  void service.exited.then((status) => {
    exit = status;
  });
  let delay = 25;
  while (Date.now() < deadline) {
    if (exit) throw new ServiceStartError(service.name, describeExit(exit), service.recentOutput());
    if (await answers(healthUrl)) return;
    await Promise.race([new Promise((resolve) => setTimeout(resolve, delay)), service.exited]);
    delay = Math.min(delay * 2, 500);
  }
  throw new ServiceStartError(
    service.name,
    `${healthUrl} did not answer within ${timeoutMs} ms`,
    service.recentOutput(),
  );
}
