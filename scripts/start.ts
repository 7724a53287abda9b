/**
 * `npm start`: builds the playground if needed, starts the three subgraphs, then the gateway once they answer
 * /health, prints where to go, prefixes each service's output with its name, and stops all four on Ctrl-C/SIGTERM.
 * If a service dies on its own, the others are stopped and `npm start` exits non-zero.
 */
import { readGatewayConfig } from "../gateway/config.js";
import { asksForHelpOnly } from "../platform/commandLine.js";
import { ConfigError, readPort } from "../platform/env.js";
import { portVariable } from "../platform/serviceCatalog.js";
import { type ExitStatus, type Federation, type ServiceName, startFederation } from "./federation/federation.js";
import { readableLogLine } from "./federation/readableLogLine.js";
import { DEFAULT_PORTS, SERVICE_NAMES } from "./federation/services.js";
import { ServiceStartError } from "./federation/waitForHealth.js";

const USAGE = `Usage: npm start [-- --help]
  Builds the playground if needed, starts the diplomacy, infrastructure and finance subgraphs, then the gateway once
  they answer /health, and prints where to go; Ctrl-C stops all four. Takes no other flags: every setting is an
  environment variable (see .env.example), e.g. GATEWAY_PORT=4100 npm start.
  -h, --help   print this help`;

const colors = process.stdout.isTTY && !process.env.NO_COLOR;
const palette: Record<ServiceName, string> = { diplomacy: "36", infrastructure: "33", finance: "35", gateway: "32" };
const width = Math.max(...SERVICE_NAMES.map((name) => name.length));

function prefixed(service: ServiceName | "start", line: string): string {
  const label = service.padEnd(width);
  const tag = colors ? `\x1b[${service === "start" ? "1" : palette[service]}m${label}\x1b[0m` : label;
  return `${tag} | ${line}`;
}

function say(line: string): void {
  process.stdout.write(`${prefixed("start", line)}\n`);
}

function describe({ code, signal }: ExitStatus): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

async function shutDown(federation: Federation, reason: string): Promise<boolean> {
  say(`${reason}: stopping all services`);
  const statuses = await federation.stop();
  let clean = true;
  for (const [name, status] of Object.entries(statuses)) {
    const ok = status.code === 0;
    clean &&= ok;
    say(`${name} stopped (${describe(status)})${ok ? "" : " — not a clean exit"}`);
  }
  return clean;
}

async function main(): Promise<number> {
  if (asksForHelpOnly(process.argv.slice(2), "start", "npm start -- --help")) {
    console.log(USAGE);
    return 0;
  }
  const ports = Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, readPort(process.env, portVariable(name), DEFAULT_PORTS[name])]),
  ) as Record<ServiceName, number>;
  const gatewayConfig = readGatewayConfig(); // fail on a bad gateway variable before starting anything

  let federation: Federation | undefined;
  let finished: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => {
    finished = resolve;
  });
  let stopping = false;
  const stopWith = (reason: string, failed: boolean) => {
    if (stopping || !federation) return;
    stopping = true;
    void shutDown(federation, reason).then((clean) => finished(failed || !clean ? 1 : 0));
  };
  let earlyExit: string | undefined;

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (federation) stopWith(`received ${signal}`, false);
      else process.exit(130); // still starting: the exit hook kills the children
    });
  }

  say("starting diplomacy, infrastructure and finance, then the gateway…");
  federation = await startFederation({
    ports,
    onLine: (service, line) => process.stdout.write(`${prefixed(service, readableLogLine(line))}\n`),
    onUnexpectedExit: (service, status) => {
      const reason = `${service} exited unexpectedly (${describe(status)})`;
      if (federation) stopWith(reason, true);
      else earlyExit = reason;
    },
  });
  if (earlyExit) stopWith(earlyExit, true);
  else {
    say("all services healthy");
    say(`${"GraphQL".padEnd(width)} ${federation.gatewayUrl}`);
    say(
      `${"Playground".padEnd(width)} ${gatewayConfig.playground ? federation.playgroundUrl : "disabled (GATEWAY_PLAYGROUND=false)"}`,
    );
    for (const [name, url] of Object.entries(federation.subgraphUrls)) say(`${name.padEnd(width)} ${url}`);
    for (const name of SERVICE_NAMES) say(`${name} pid ${federation.pid(name)}`);
    say("press Ctrl-C to stop");
  }
  return done;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const expected = error instanceof ConfigError || error instanceof ServiceStartError;
    console.error(prefixed("start", expected ? (error as Error).message : String((error as Error)?.stack ?? error)));
    process.exit(1);
  },
);
