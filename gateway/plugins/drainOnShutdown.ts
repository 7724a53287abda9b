/** On stop: refuse new connections, let in-flight requests finish, then close idle keep-alive sockets. */
import type { Server } from "node:http";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function drainOnShutdown(httpServer: Server, gracePeriodMs: number): GatewayPlugin {
  return {
    name: "drain-on-shutdown",
    apollo: ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: gracePeriodMs }),
  };
}
