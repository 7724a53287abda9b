/**
 * The comparison's baseline: a stock `new ApolloGateway({ supergraphSdl })` in a bare Apollo Server, nothing else.
 * Arguments: a supergraph whose subgraph URLs are the running ones, and the port to listen on.
 */
import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

process.env.APOLLO_TELEMETRY_DISABLED ??= "1";
const [supergraphPath = "", port = "0"] = process.argv.slice(2);
const supergraphSdl = readFileSync(supergraphPath, "utf8");
const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port: Number(port) } });
console.log(`stock Apollo Gateway at ${url}`);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    void server.stop().finally(() => process.exit(0));
  });
}
