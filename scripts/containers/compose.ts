/** Docker Compose as found here: the v2 plugin (`docker compose`), else the standalone v1 (`docker-compose`). */
import { ensurePrograms, hasProgram } from "./aptPackages.js";
import { succeeds } from "./command.js";

export interface ComposeCli {
  program: string;
  /** Arguments before compose's own (`compose` for the plugin). */
  prefix: string[];
}

/** `docker compose` / `docker-compose`, as written in CONTAINERS_COMPOSE and in the log. */
export function composeLabel(cli: ComposeCli): string {
  return [cli.program, ...cli.prefix].join(" ");
}

export function parseComposeLabel(label: string): ComposeCli {
  const [program, ...prefix] = label.split(" ");
  return { program: program as string, prefix };
}

function findCompose(): ComposeCli | undefined {
  if (hasProgram("docker") && succeeds("docker", ["compose", "version"]))
    return { program: "docker", prefix: ["compose"] };
  if (hasProgram("docker-compose")) return { program: "docker-compose", prefix: [] };
  return undefined;
}

export async function ensureCompose(): Promise<ComposeCli> {
  const found = findCompose();
  if (found) return found;
  await ensurePrograms(["docker-compose"]);
  return { program: "docker-compose", prefix: [] };
}
