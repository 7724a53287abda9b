/**
 * Starts the real federation for a test, exactly as `npm start` does (same orchestration module, same child
 * commands), on free loopback ports:
 *
 *   const federation = await startFederation();            // env?: extra variables, ports?: fixed ports
 *   afterAll(() => federation.stop());
 *   await postGraphQL(federation.gatewayUrl, "{ article { id } }");
 *   await federation.stopService("finance");                // then federation.startService("finance")
 *
 * Children log at LOG_LEVEL=warn (override through env); their recent output is part of any start-up error.
 * Set FEDERATION_LOGS=1 to see everything they print. Children never outlive the test process.
 */
import {
  type ExitStatus,
  type Federation,
  type FederationOptions,
  type ServiceName,
  startFederation as startProcesses,
} from "../../scripts/federation/federation.js";

export type { ExitStatus, Federation, ServiceName };

export interface TestFederationOptions {
  env?: FederationOptions["env"];
  ports?: FederationOptions["ports"];
  /** Every line the services print (their JSON logs), besides FEDERATION_LOGS echoing. */
  onLine?: FederationOptions["onLine"];
}

export interface TestFederation extends Federation {
  /** Services that exited without being asked to, with their status (empty in a healthy run). */
  unexpectedExits: { service: ServiceName; status: ExitStatus }[];
}

export async function startFederation(options: TestFederationOptions = {}): Promise<TestFederation> {
  const unexpectedExits: TestFederation["unexpectedExits"] = [];
  const echo = process.env.FEDERATION_LOGS === "1";
  const federation = await startProcesses({
    env: { LOG_LEVEL: "warn", ...options.env },
    ports: options.ports,
    onLine: (service, line) => {
      if (echo) process.stdout.write(`${service} | ${line}\n`);
      options.onLine?.(service, line);
    },
    onUnexpectedExit: (service, status) => {
      unexpectedExits.push({ service, status });
    },
  });
  return Object.assign(federation, { unexpectedExits });
}
