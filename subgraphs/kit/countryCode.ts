/** ISO 3166-1 alpha-2 codes: the key of the Country entity in every subgraph. */
import { badUserInput } from "./errors.js";

const ALPHA_2 = /^[A-Z]{2}$/;

export function isCountryCode(value: string): boolean {
  return ALPHA_2.test(value);
}

/** Validates a country-code argument; a malformed code is the caller's error, not an unknown country. */
export function countryCodeArgument(value: string, argumentName = "code"): string {
  if (!isCountryCode(value)) {
    throw badUserInput(
      `"${value}" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. "BR")`,
      argumentName,
    );
  }
  return value;
}
