/**
 * `PublicServiceCrisisFilter`: one filter for every list of crises (`Query.publicServiceCrises`,
 * `Country.publicServiceCrises`, `InfrastructureGap.crises`); under a country, `countryCodes` narrows further.
 */
import { Field, InputType } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { countryCodesArgument, meetsOneOf } from "../../kit/listFilters.js";
import type { PublicServiceCrisisRecord } from "../dataSet.js";

@InputType({ description: "Which public-service crises to return; every condition given must hold." })
export class PublicServiceCrisisFilter {
  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: "Only crises naming one of these countries (ISO 3166-1 alpha-2 codes).",
  })
  countryCodes?: string[] | null;
}

export function crisisFilterArgument(filter: PublicServiceCrisisFilter | null | undefined) {
  return { countryCodes: countryCodesArgument(filter?.countryCodes, "filter.countryCodes") };
}

export type CheckedCrisisFilter = ReturnType<typeof crisisFilterArgument>;

export function crisisMatches({ countryCodes }: CheckedCrisisFilter) {
  return (crisis: PublicServiceCrisisRecord) => meetsOneOf(countryCodes, crisis.countryCodes);
}
