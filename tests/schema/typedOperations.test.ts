import { type DocumentNode, Kind, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import * as typed from "../../schema/generated/operations.js";
import { loadOperations } from "../../scripts/schema/registeredOperations.js";

describe("typed operations (schema/generated/operations.ts)", () => {
  const registered = loadOperations(fromProjectRoot()).operations;

  it("exports one typed document per registered operation, with that operation in it", () => {
    expect(registered.length).toBeGreaterThan(0);
    for (const operation of registered) {
      const document = (typed as Record<string, unknown>)[`${operation.name}Document`] as DocumentNode | undefined;
      expect(document, `${operation.name}Document`).toBeDefined();
      const definition = document?.definitions.find(
        (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
      );
      expect(definition?.name?.value).toBe(operation.name);
    }
  });

  it("types results from the API schema, enums as string unions", () => {
    const kind: typed.EngagementKind = "TELEPHONE_CONVERSATION";
    const variables: typed.EngagementsQueryVariables = {
      filter: { countryCodes: ["UY"], kind },
      orderBy: { field: "KIND", direction: "DESC" },
    };
    expect(variables.filter?.kind).toBe("TELEPHONE_CONVERSATION");
  });
});
