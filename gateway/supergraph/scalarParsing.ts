/**
 * The supergraph names the API's typed scalars (`CountryCode`, `Date`, `URL`, `Year`) without their rules, so the
 * gateway would accept any value and pass it on, and the subgraph's refusal would come back as an HTTP 400 turned
 * into an INTERNAL_SERVER_ERROR. Each API schema the gateway loads gets the subgraphs' parsing instead: a malformed
 * literal fails validation (GRAPHQL_VALIDATION_FAILED) and a malformed variable fails coercion (BAD_USER_INPUT),
 * before any subgraph is called. Answers are not re-serialized: the subgraphs' values pass through as they are.
 */
import type { ApolloGateway } from "@apollo/gateway";
import { type GraphQLSchema, isScalarType } from "graphql";
import { API_SCALARS } from "../../platform/scalars.js";

function parseScalarsLikeSubgraphs(schema: GraphQLSchema): void {
  for (const rules of API_SCALARS) {
    const scalar = schema.getType(rules.name);
    if (!isScalarType(scalar)) continue;
    // graphql-js keeps a scalar's parsers as plain properties; only the parsing is taken, not serialize.
    Object.assign(scalar, { parseValue: rules.parseValue, parseLiteral: rules.parseLiteral });
  }
}

/** Applies the rules to every API schema the gateway loads (at start and on each supergraph update). */
export function parseGatewayScalars(gateway: ApolloGateway): void {
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => parseScalarsLikeSubgraphs(apiSchema));
}
