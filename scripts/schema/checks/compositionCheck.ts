/** Check 2, composition: the subgraphs must compose into a supergraph; composition hints are warnings. */

import type { SchemaCheck } from "../checkContext.js";
import { finding } from "../findings.js";

export const compositionCheck: SchemaCheck = {
  name: "composition",
  title: "Composition (Apollo Federation 2)",
  async run(context) {
    const { supergraph } = context.artifacts;
    const names = context.sources.map((source) => source.name).join(", ");
    if (!supergraph.ok) {
      return { findings: supergraph.errors.map((error) => finding("error", error.code, error.message)) };
    }
    return {
      findings: [
        finding("info", "COMPOSED", `${context.sources.length} subgraphs compose: ${names}`),
        ...supergraph.hints.map((hint) => finding("warning", hint.code, hint.message)),
      ],
    };
  },
};
