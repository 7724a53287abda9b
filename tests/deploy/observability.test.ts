/**
 * The `observability` compose profile and its config files in deploy/observability/: validated by docker-compose, and
 * checked against the services: every metrics port is scraped, traces reach Jaeger, the dashboard asks only for
 * metrics the services really export.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as gatewayMetrics from "../../gateway/metrics/gatewayMetrics.js";
import { startMetricsRegistry, stopMetricsRegistry } from "../../platform/metrics/metricsRegistry.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { metricsPortVariable } from "../../platform/serviceCatalog.js";
import {
  dataLoaderBatchSize,
  sqlStatementDuration,
  sqlStatements,
  subgraphRequestDuration,
} from "../../subgraphs/kit/subgraphMetrics.js";
import { type ComposeService, loadCompose } from "./support/composeFile.js";
import { dockerCompose } from "./support/dockerCompose.js";
import { parseDockerfile, stageEnv } from "./support/dockerfile.js";

const SECRET = "compose-test-secret-0123456789";
const services = loadCompose({ GATEWAY_SHARED_SECRETS: SECRET }).services;
const nodeServices = Object.entries(services).filter(([, service]) => service.command?.[0] === "node");
const observabilityServices = Object.entries(services).filter(([, s]) => s.profiles?.includes("observability"));
const readConfig = (path: string) => parse(readFileSync(fromProjectRoot("deploy", "observability", path), "utf8"));

function service(name: string): ComposeService {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

function metricsPort(name: string, svc: ComposeService): string {
  const port = svc.environment?.[metricsPortVariable(name)];
  if (!port) throw new Error(`${name} sets no ${metricsPortVariable(name)}`);
  return port;
}

/** Every metric name the services register: their own (touched once) and Node's defaults, with histogram series. */
function exportedMetricNames(): Set<string> {
  const registry = startMetricsRegistry("names");
  try {
    const own = [subgraphRequestDuration, sqlStatements, sqlStatementDuration, dataLoaderBatchSize];
    for (const metric of [...own, ...Object.values(gatewayMetrics)])
      if (typeof metric === "function" && metric.length === 0) (metric as () => unknown)();
    const names = new Set<string>();
    for (const metric of registry.getMetricsAsArray()) {
      const { name, type } = metric as unknown as { name: string; type: string };
      names.add(name);
      if (type === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(`${name}${suffix}`);
    }
    return names;
  } finally {
    stopMetricsRegistry();
  }
}

describe("compose profile observability", () => {
  it("is accepted by docker-compose, alone and with the router profile", () => {
    for (const profiles of [["observability"], ["observability", "router"]]) {
      const args = [...profiles.flatMap((profile) => ["--profile", profile]), "config", "-q"];
      const result = dockerCompose(args, { GATEWAY_SHARED_SECRETS: SECRET });
      expect(result.output, args.join(" ")).toBe("");
      expect(result.status).toBe(0);
    }
  });

  it("adds a collector, Jaeger, Prometheus and Grafana, publishing only the UIs", () => {
    expect(observabilityServices.map(([name]) => name).sort()).toEqual([
      "grafana",
      "jaeger",
      "otel-collector",
      "prometheus",
    ]);
    expect(service("otel-collector").ports).toBeUndefined();
    for (const name of ["jaeger", "prometheus", "grafana"]) expect(service(name).ports, name).toHaveLength(1);
    for (const [name, svc] of observabilityServices) expect(svc.networks, name).toContain("internal");
  });

  it("gives every Node service a metrics port, exposed on the internal network and never published", () => {
    for (const [name, svc] of nodeServices) {
      const port = metricsPort(name, svc);
      expect(svc.expose, name).toContain(port);
      expect(
        (svc.ports ?? []).some((mapping) => mapping.endsWith(`:${port}`)),
        name,
      ).toBe(false);
    }
  });

  it("turns metrics on in the image too, on the port compose exposes", () => {
    const env = stageEnv(parseDockerfile(), "runtime");
    for (const [name, svc] of nodeServices) expect(env[metricsPortVariable(name)], name).toBe(metricsPort(name, svc));
  });

  it("has Prometheus scrape exactly every Node service's metrics port", () => {
    const config = readConfig("prometheus.yml") as {
      scrape_configs: { job_name: string; metrics_path?: string; static_configs: { targets: string[] }[] }[];
    };
    const targets = config.scrape_configs.flatMap((job) => job.static_configs.flatMap((group) => group.targets));
    expect(targets.sort()).toEqual(nodeServices.map(([name, svc]) => `${name}:${metricsPort(name, svc)}`).sort());
    for (const job of config.scrape_configs) expect(job.metrics_path ?? "/metrics").toBe("/metrics");
    expect(service("prometheus").volumes).toContain(
      "./deploy/observability/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
    );
  });

  it("has the collector receive OTLP where the services export, and send traces to Jaeger's OTLP port", () => {
    const config = readConfig("otel-collector.yaml");
    expect(config.receivers.otlp.protocols.http.endpoint).toBe("0.0.0.0:4318");
    expect(config.receivers.otlp.protocols.grpc.endpoint).toBe("0.0.0.0:4317");
    expect(service("otel-collector").expose).toEqual(expect.arrayContaining(["4317", "4318"]));
    const exporters: string[] = config.service.pipelines.traces.exporters;
    expect(config.service.pipelines.traces.receivers).toEqual(["otlp"]);
    const [host, port] = String(config.exporters[exporters[0] as string].endpoint).split(":");
    expect(host).toBe("jaeger");
    expect(service("jaeger").expose).toContain(port);
    const mount = (service("otel-collector").volumes ?? [])[0]?.split(":") ?? [];
    expect(mount[0]).toBe("./deploy/observability/otel-collector.yaml");
    expect(service("otel-collector").command).toEqual([`--config=${mount[1]}`]);
  });

  it("provisions Grafana with Prometheus and Jaeger at their compose addresses", () => {
    const { datasources } = readConfig("grafana/provisioning/datasources/datasources.yaml") as {
      datasources: { uid: string; type: string; url: string }[];
    };
    expect(datasources.find((source) => source.type === "prometheus")?.url).toBe("http://prometheus:9090");
    expect(datasources.find((source) => source.type === "jaeger")?.url).toBe("http://jaeger:16686");
    const { providers } = readConfig("grafana/provisioning/dashboards/dashboards.yaml");
    expect(service("grafana").volumes).toContain(
      `./deploy/observability/grafana/dashboards:${providers[0].options.path}:ro`,
    );
  });

  it("has a dashboard of request rate, latency percentiles, errors by code and per-subgraph fetch latency, over metrics the services export", () => {
    const dashboard = JSON.parse(
      readFileSync(fromProjectRoot("deploy/observability/grafana/dashboards/federation.json"), "utf8"),
    ) as {
      panels: { title: string; datasource: { uid: string }; targets: { expr: string }[] }[];
    };
    const { datasources } = readConfig("grafana/provisioning/datasources/datasources.yaml") as {
      datasources: { uid: string }[];
    };
    const titles = dashboard.panels.map((panel) => panel.title).join("\n");
    for (const expected of [/request rate/i, /latency percentiles/i, /errors by code/i, /subgraph fetch latency/i]) {
      expect(titles).toMatch(expected);
    }
    const exported = exportedMetricNames();
    const promqlWords = new Set([
      "sum",
      "by",
      "rate",
      "histogram_quantile",
      "le",
      "operation",
      "code",
      "subgraph",
      "service",
      "result",
    ]);
    for (const panel of dashboard.panels) {
      expect(
        datasources.map((source) => source.uid),
        panel.title,
      ).toContain(panel.datasource.uid);
      for (const { expr } of panel.targets) {
        const names = [...expr.replace(/"[^"]*"|\[[^\]]*\]/g, "").matchAll(/[a-z_][a-z0-9_]*/g)].map((m) => m[0]);
        const metrics = names.filter((name) => !promqlWords.has(name));
        expect(metrics.length, expr).toBeGreaterThan(0);
        for (const metric of metrics) expect(exported, `${panel.title}: ${metric}`).toContain(metric);
      }
    }
  });
});
