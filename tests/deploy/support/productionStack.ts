/**
 * The compose services as local processes: each Node service's command and environment come from docker-compose.yml
 * (plus the image's ENV), and only what Docker's networking provides is translated: service hostnames and container
 * ports (service and metrics) become loopback and free ports, 0.0.0.0 becomes 127.0.0.1.
 */
import type { ComposeService } from "./composeFile.js";
import { freePorts } from "./services.js";

export interface LocalService {
  name: string;
  command: string[];
  env: Record<string, string>;
  healthcheck: string[];
  port: number;
  origin: string;
}

function listenVariable(service: ComposeService): [string, string] {
  const entry = Object.entries(service.environment ?? {}).find(([name]) => name.endsWith("_PORT"));
  if (!entry) throw new Error("a Node service without a *_PORT variable");
  return entry;
}

export interface LocalStack {
  services: Record<string, LocalService>;
  /** A URL as a container would use it (`http://router-signer:4010/...`), as reachable here. */
  localUrl(url: string): string;
}

export async function localServices(
  services: Record<string, ComposeService>,
  names: string[],
  imageEnv: Record<string, string>,
): Promise<LocalStack> {
  const ports = await freePorts(names.length * 2);
  const hostPort = new Map(names.map((name, index) => [name, ports[index] as number]));
  // Every container serves /metrics on the same port in its own network namespace; here they need one each.
  const metricsPort = new Map(names.map((name, index) => [name, ports[names.length + index] as number]));
  // A container port as reached from other containers (`http://diplomacy:4001`) or from inside (`127.0.0.1:4001`).
  const rewrites: [RegExp, string][] = names.flatMap((name) => {
    const [, containerPort] = listenVariable(services[name] as ComposeService);
    return [[new RegExp(`^http://${name}:${containerPort}(?=/|$)`), `http://127.0.0.1:${hostPort.get(name)}`]];
  });
  const localUrl = (url: string) =>
    rewrites.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), url);
  const local: Record<string, LocalService> = {};
  for (const name of names) {
    const service = services[name] as ComposeService;
    const [portVariable, containerPort] = listenVariable(service);
    const port = hostPort.get(name) as number;
    const env: Record<string, string> = { PATH: process.env.PATH ?? "", ...imageEnv, ...service.environment };
    for (const [key, value] of Object.entries(env)) {
      if (key === "HOST" && value === "0.0.0.0") env[key] = "127.0.0.1";
      else if (key === portVariable) env[key] = String(port);
      else if (key.endsWith("_METRICS_PORT")) env[key] = String(metricsPort.get(name));
      else env[key] = localUrl(value);
    }
    const healthcheck = (service.healthcheck?.test ?? [])
      .slice(1)
      .map((part) => part.replace(`http://127.0.0.1:${containerPort}/`, `http://127.0.0.1:${port}/`));
    local[name] = {
      name,
      command: service.command ?? [],
      env,
      healthcheck,
      port,
      origin: `http://127.0.0.1:${port}`,
    };
  }
  return { services: local, localUrl };
}
