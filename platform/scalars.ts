/**
 * Typed scalars of the API: dates, URLs, ISO country codes (from graphql-scalars) and calendar years. The subgraphs
 * serve them; the gateway parses client values with the same rules (gateway/supergraph/scalarParsing.ts).
 */
import { GraphQLScalarType, Kind } from "graphql";
import { CountryCodeResolver, GraphQLDate, GraphQLURL } from "graphql-scalars";

export { CountryCodeResolver as CountryCodeScalar, GraphQLDate as DateScalar, GraphQLURL as URLScalar };

const YEAR_RANGE = { min: 1, max: 9999 } as const;

function year(value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < YEAR_RANGE.min || value > YEAR_RANGE.max) {
    throw new TypeError(`Year must be an integer from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}: ${String(value)}`);
  }
  return value;
}

/** graphql-scalars has no year; a four-digit Gregorian year, sent as an integer (2025). */
export const YearScalar = new GraphQLScalarType<number, number>({
  name: "Year",
  description: "A Gregorian calendar year, e.g. 2025, sent as an integer.",
  serialize: year,
  parseValue: year,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new TypeError("Year must be an integer literal, e.g. 2025");
    return year(Number.parseInt(ast.value, 10));
  },
  extensions: { codegenScalarType: "number" },
});

/** Every typed scalar of the API, by name. */
export const API_SCALARS: readonly GraphQLScalarType[] = [CountryCodeResolver, GraphQLDate, GraphQLURL, YearScalar];
