/** A gateway plugin: one cross-cutting behaviour, contributing HTTP routes and/or an Apollo Server plugin. */
import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import type { Express, RequestHandler } from "express";
import type { ValidationRule } from "graphql";
import type { GatewayContext } from "../requestContext.js";

export type FormatError = NonNullable<ApolloServerOptions<GatewayContext>["formatError"]>;

export interface GatewayPlugin {
  /** Listed in the start-up log, so the running behaviour is visible. */
  name: string;
  /** HTTP routes, mounted before the GraphQL endpoint. */
  routes?(app: Express): void;
  /** Handlers on the GraphQL endpoint, after the JSON body is read and before Apollo Server sees the request. */
  graphqlHandlers?: RequestHandler[];
  /** Handlers mounted after the GraphQL endpoint: unknown paths, HTTP-level errors. */
  fallbacks?(app: Express): void;
  /** Behaviour inside Apollo Server (landing page, draining, validation). */
  apollo?: ApolloServerPlugin<GatewayContext>;
  /** Extra validation rules, run with graphql-js's own before the operation is planned. */
  validationRules?: ValidationRule[];
  /** A step of error formatting; the steps run in plugin order, each on the previous one's result. */
  formatError?: FormatError;
}
