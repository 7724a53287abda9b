/** A gateway plugin: one cross-cutting behaviour, contributing HTTP routes and/or an Apollo Server plugin. */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Express } from "express";

export interface GatewayPlugin {
  /** Listed in the start-up log, so the running behaviour is visible. */
  name: string;
  /** HTTP routes, mounted before the GraphQL endpoint. */
  routes?(app: Express): void;
  /** Handlers mounted after the GraphQL endpoint: unknown paths, HTTP-level errors. */
  fallbacks?(app: Express): void;
  /** Behaviour inside Apollo Server (landing page, draining, validation). */
  apollo?: ApolloServerPlugin;
}
