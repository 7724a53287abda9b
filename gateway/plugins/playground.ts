/**
 * The offline GraphiQL playground: its page at `/` (and for browsers opening `/graphql`), its bundle under
 * `/playground/`, the example operations and its settings as JSON. Replaces Apollo's CDN-based landing page.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import express, { type Response } from "express";
import type { OperationExample } from "../playground/operationExamples.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export const PLAYGROUND_PATH = "/playground";

export interface PlaygroundOptions {
  enabled: boolean;
  /** Folder holding the Vite build (index.html + assets/). */
  assetsDir: string;
  graphqlPath: string;
  examples: OperationExample[];
  /** Whether the gateway answers query-plan requests, so the playground shows its plan panel. */
  queryPlan: boolean;
}

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Playground not built</title>
<p>The playground bundle is missing. Run <code>npm run build:playground</code> (<code>npm start</code> does it for you).</p>`;

function pageHtml(assetsDir: string): string | undefined {
  const index = join(assetsDir, "index.html");
  return existsSync(index) ? readFileSync(index, "utf8") : undefined;
}

function sendPage(res: Response, assetsDir: string): void {
  const html = pageHtml(assetsDir);
  res
    .status(html ? 200 : 503)
    .type("html")
    .send(html ?? NOT_BUILT_PAGE);
}

export function playground(options: PlaygroundOptions): GatewayPlugin {
  if (!options.enabled) {
    return {
      name: "playground (disabled)",
      apollo: ApolloServerPluginLandingPageDisabled(),
      routes(app) {
        app.get("/", (_req, res) => {
          res.status(404).json({
            errors: [
              { message: "The playground is disabled (GATEWAY_PLAYGROUND).", extensions: { code: "NOT_FOUND" } },
            ],
          });
        });
      },
    };
  }
  return {
    name: "playground",
    apollo: {
      async serverWillStart() {
        return {
          // Apollo serves this to browsers that open the GraphQL URL itself.
          async renderLandingPage() {
            return { html: async () => pageHtml(options.assetsDir) ?? NOT_BUILT_PAGE };
          },
        };
      },
    },
    routes(app) {
      app.get("/", (_req, res) => sendPage(res, options.assetsDir));
      app.get(`${PLAYGROUND_PATH}/examples.json`, (_req, res) => {
        res.json(options.examples);
      });
      app.get(`${PLAYGROUND_PATH}/settings.json`, (_req, res) => {
        res.json({ graphqlPath: options.graphqlPath, queryPlan: options.queryPlan });
      });
      app.use(
        `${PLAYGROUND_PATH}/assets`,
        express.static(join(options.assetsDir, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
      );
    },
  };
}
