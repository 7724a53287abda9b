/** The subgraphs the loaded supergraph names, with the URL the gateway calls each at (for readiness checks). */
import type { Logger } from "../../platform/logger.js";
import { type SubgraphName, urlVariable } from "../../platform/serviceCatalog.js";
import type { GatewayConfig } from "../config.js";
import { observedFetcher } from "./observedFetcher.js";
import { SubgraphDataSource } from "./subgraphDataSource.js";

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

export class SubgraphDirectory {
  private readonly endpoints = new Map<string, SubgraphEndpoint>();

  constructor(
    private readonly config: GatewayConfig,
    private readonly logger: Logger,
  ) {}

  /** ApolloGateway's `buildService`: the configured URL wins over the one written in the supergraph. */
  readonly buildService = ({ name, url }: { name: string; url?: string }): SubgraphDataSource => {
    const target = this.config.subgraphUrls[name as SubgraphName] ?? url;
    if (!target) throw new Error(`No URL for subgraph "${name}": set ${urlVariable(name as SubgraphName)}`);
    this.endpoints.set(name, { name, url: target });
    const { subgraphTimeoutMs, subgraphMaxSockets, subgraphDedupe } = this.config;
    const signingSecret = this.config.subgraphSigningSecrets[name as SubgraphName] ?? this.config.signingSecret;
    const source = new SubgraphDataSource(
      name,
      target,
      { signingSecret, timeoutMs: subgraphTimeoutMs, maxSockets: subgraphMaxSockets, dedupeInflight: subgraphDedupe },
      this.logger,
    );
    source.fetcher = observedFetcher(name, source.fetcher);
    return source;
  };

  list(): SubgraphEndpoint[] {
    return [...this.endpoints.values()];
  }
}
