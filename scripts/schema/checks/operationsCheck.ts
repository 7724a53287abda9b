/** Check 4, operations: every registered operation validates against the API schema; deprecated usage, depth, aliases. */
import { NoDeprecatedCustomRule, validate } from "graphql";
import type { SchemaCheck } from "../checkContext.js";
import { type Finding, finding } from "../findings.js";
import { operationShape } from "../operationUsage.js";
import { errorLocations } from "../registeredOperations.js";

export const operationsCheck: SchemaCheck = {
  name: "operations",
  title: "Registered operations (schema/operations)",
  async run(context) {
    const registry = context.operations();
    const findings: Finding[] = [...registry.problems];
    const total = registry.operations.length;
    if (!context.artifacts.supergraph.ok) {
      return { findings, skipped: "the supergraph does not compose", counts: { operationsTotal: total } };
    }
    const schema = context.artifacts.supergraph.apiSchema;
    const { maxDepth, maxAliases } = context.options;
    let valid = 0;
    const validOperations: typeof registry.operations = [];
    for (const operation of registry.operations) {
      const errors = validate(schema, operation.document);
      for (const error of errors) {
        const [location, ...more] = errorLocations(error);
        findings.push(
          finding("error", "INVALID_OPERATION", `${operation.name}: ${error.message}`, {
            location: location ?? operation.location,
            detail: more.length > 0 ? `also at ${more.join(", ")}` : undefined,
          }),
        );
      }
      if (errors.length > 0) continue;
      valid += 1;
      validOperations.push(operation);
      for (const warning of validate(schema, operation.document, [NoDeprecatedCustomRule])) {
        findings.push(
          finding("warning", "DEPRECATED_USAGE", `${operation.name}: ${warning.message}`, {
            location: errorLocations(warning)[0],
          }),
        );
      }
      const shape = operationShape(operation.document);
      const tooDeep = maxDepth !== undefined && shape.depth > maxDepth;
      const tooManyAliases = maxAliases !== undefined && shape.aliases > maxAliases;
      const limits = [
        tooDeep ? `depth over ${maxDepth}` : "",
        tooManyAliases ? `aliases over ${maxAliases}` : "",
      ].filter(Boolean);
      findings.push(
        finding(
          limits.length > 0 ? "error" : "info",
          limits.length > 0 ? "OPERATION_LIMIT" : "OPERATION_SHAPE",
          `${operation.name} (${operation.kind}): depth ${shape.depth}, ${shape.aliases} aliases${limits.length > 0 ? ` — ${limits.join(", ")}` : ""}`,
          { location: operation.location },
        ),
      );
    }
    // Front ends that only get a contract variant can use only the operations valid against it.
    for (const contract of context.artifacts.contracts) {
      if (!contract.ok) continue;
      const outside = validOperations.filter(
        (operation) => validate(contract.apiSchema, operation.document).length > 0,
      );
      const names = outside.map((operation) => operation.name).join(", ");
      findings.push(
        finding(
          "info",
          "CONTRACT_OPERATIONS",
          `${validOperations.length - outside.length} of ${validOperations.length} valid operations also run on contract "${contract.variant}"${outside.length > 0 ? `; not: ${names}` : ""}`,
        ),
      );
    }
    return { findings, counts: { operationsValid: valid, operationsTotal: total } };
  },
};
