/**
 * Pieces every `<Type>Filter` input shares: checked country-code lists, list conditions in SQL, and the deprecated
 * loose arguments of root connections folded into their filter.
 */
import { countryCodeArgument } from "./countryCode.js";
import { badUserInput } from "./errors.js";

/** A `countryCodes` filter field with every code checked (a malformed code is the caller's error). */
export function countryCodesArgument(codes: readonly string[] | null | undefined, argumentName: string) {
  return codes?.map((code) => countryCodeArgument(code, argumentName)) ?? null;
}

/** SQL condition "`sql` is one of `values`", the values as one JSON parameter; no condition when `values` is null. */
export function oneOf(sql: string, values: readonly string[] | null): [string, string | null] {
  return [`${sql} IN (SELECT value FROM json_each(?))`, values && JSON.stringify(values)];
}

/** Whether a record's values meet a list condition: no list, or one of the record's values is in it. */
export function meetsOneOf(wanted: readonly string[] | null, values: readonly (string | null)[]): boolean {
  return !wanted || values.some((value) => value !== null && wanted.includes(value));
}

/** A deprecated single `countryCode` argument as the list its filter field takes, checked under its own name. */
export function deprecatedCountryCodes(code: string | null | undefined): string[] | null {
  return code == null ? null : [countryCodeArgument(code, "countryCode")];
}

/**
 * A deprecated loose argument (`countryCode`) and the filter field replacing it (`filter.countryCodes`): either may
 * be given, not both, so no request depends on how two spellings of one condition combine.
 */
export function filterOrDeprecated<T>(
  fromFilter: T | null | undefined,
  deprecated: T | null | undefined,
  [filterField, deprecatedArgument]: [string, string],
): T | null {
  if (fromFilter != null && deprecated != null) {
    throw badUserInput(`give \`${filterField}\` or the deprecated \`${deprecatedArgument}\`, not both`, filterField);
  }
  return fromFilter ?? deprecated ?? null;
}
