/** GraphiQL plugin panel: how the gateway planned the last operation run (subgraphs, steps, `_entities` calls). */
import type { GraphiQLPlugin } from "@graphiql/react";
import { useSyncExternalStore } from "react";
import { queryPlanStore } from "./queryPlanStore.js";
import { summarizeQueryPlan } from "./queryPlanSummary.js";

function QueryPlanIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden>
      <rect x="3" y="3" width="7" height="5" rx="1" />
      <rect x="14" y="10" width="7" height="5" rx="1" />
      <rect x="14" y="17" width="7" height="5" rx="1" />
      <path d="M6.5 8v4.5H14M6.5 12.5v7H14" />
    </svg>
  );
}

function QueryPlanPanel() {
  const plan = useSyncExternalStore(queryPlanStore.subscribe, queryPlanStore.get);
  if (!plan) {
    return (
      <section className="query-plan" data-testid="query-plan">
        <div className="graphiql-doc-explorer-title">Query plan</div>
        <p>Run an operation (▶) to see how the gateway plans it across the subgraphs.</p>
      </section>
    );
  }
  if (!plan.text) {
    return (
      <section className="query-plan" data-testid="query-plan">
        <div className="graphiql-doc-explorer-title">Query plan</div>
        <p>
          The gateway sent no plan for {plan.operationName ?? "this operation"} (introspection only, or an operation
          that failed validation).
        </p>
      </section>
    );
  }
  const summary = summarizeQueryPlan(plan.text);
  return (
    <section className="query-plan" data-testid="query-plan">
      <div className="graphiql-doc-explorer-title">Query plan</div>
      <p className="query-plan-lead">
        {plan.operationName ?? "Anonymous operation"}: {summary.fetches.length} fetch
        {summary.fetches.length === 1 ? "" : "es"} in {summary.steps} step{summary.steps === 1 ? "" : "s"} across{" "}
        <strong data-testid="query-plan-services">{summary.services.join(", ")}</strong>.
      </p>
      <ol className="query-plan-fetches">
        {summary.fetches.map((fetch) => (
          <li key={fetch.order}>
            <span className="query-plan-step">step {fetch.step}</span> <strong>{fetch.service}</strong>{" "}
            {fetch.kind === "_entities"
              ? `_entities(${fetch.entityTypes.join(", ") || "?"}) at ${fetch.path || "root"}`
              : "root fields"}
            {fetch.fields.length > 0 && <span className="query-plan-fields"> → {fetch.fields.join(", ")}</span>}
          </li>
        ))}
      </ol>
      <pre className="query-plan-text" data-testid="query-plan-text">
        {plan.text}
      </pre>
    </section>
  );
}

export const queryPlanPlugin: GraphiQLPlugin = {
  title: "Query plan",
  icon: QueryPlanIcon,
  content: QueryPlanPanel,
};
