/** The playground page: GraphiQL with the docs explorer, the query builder, history, headers and the query plan. */
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./playground.css";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { gatewayFetcher } from "./gatewayFetcher.js";
import { loadPlaygroundSetup } from "./playgroundSetup.js";
import { queryPlanPlugin } from "./queryPlanPlugin.js";

const container = document.getElementById("playground") as HTMLElement;

try {
  const { settings, examples } = await loadPlaygroundSetup();
  const plugins = [HISTORY_PLUGIN, explorerPlugin(), ...(settings.queryPlan ? [queryPlanPlugin] : [])];
  createRoot(container).render(
    <StrictMode>
      <GraphiQL
        fetcher={gatewayFetcher(settings.graphqlPath, settings.queryPlan)}
        plugins={plugins}
        defaultTabs={examples.map((example) => ({ query: example.query }))}
        defaultEditorToolsVisibility={false}
      >
        <GraphiQL.Logo>China–LatAm</GraphiQL.Logo>
      </GraphiQL>
    </StrictMode>,
  );
} catch (error) {
  container.textContent = `The playground could not load its settings from the gateway: ${(error as Error).message}`;
}
