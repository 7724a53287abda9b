/** Start listening, turning the bind failures an operator causes (port taken, no permission, no such address) into a
 * ConfigError naming the variable to change, instead of a stack trace. */
import type { Server } from "node:http";
import { ConfigError } from "./env.js";

const BIND_FAILURES: Record<string, string> = {
  EADDRINUSE: "is already in use",
  EACCES: "needs privileges this process does not have",
  EADDRNOTAVAIL: "is on an address this machine does not have (check HOST)",
};

export async function listen(server: Server, port: number, host: string, portVariable: string): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    const reason = BIND_FAILURES[(error as NodeJS.ErrnoException).code ?? ""];
    if (reason) throw new ConfigError(portVariable, `(${host}:${port}) ${reason}`);
    throw error;
  }
}
