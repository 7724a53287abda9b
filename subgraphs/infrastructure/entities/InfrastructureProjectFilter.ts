/** `InfrastructureProjectFilter`: one filter for every list of projects, root and nested alike. */

import { Field, InputType } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { countryCodesArgument, meetsOneOf } from "../../kit/listFilters.js";
import type { InfrastructureProjectRecord } from "../dataSet.js";
import { InfrastructureProjectStatus, InfrastructureSector } from "./enums.js";

@InputType({ description: "Which infrastructure projects to return; every condition given must hold." })
export class InfrastructureProjectFilter {
  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: "Only projects one of these countries promotes or hosts (ISO 3166-1 alpha-2 codes).",
  })
  countryCodes?: string[] | null;

  @Field(() => InfrastructureSector, { nullable: true, description: "Only projects of this sector." })
  sector?: InfrastructureSector | null;

  @Field(() => InfrastructureProjectStatus, { nullable: true, description: "Only projects with this status." })
  status?: InfrastructureProjectStatus | null;
}

/** The filter with its country codes checked (a malformed code is the caller's error). */
export function projectFilterArgument(filter: InfrastructureProjectFilter | null | undefined) {
  return {
    countryCodes: countryCodesArgument(filter?.countryCodes, "filter.countryCodes"),
    sector: filter?.sector ?? null,
    status: filter?.status ?? null,
  };
}

export type CheckedProjectFilter = ReturnType<typeof projectFilterArgument>;

/** The same conditions in memory, for nested lists loaded whole. */
export function projectMatches({ countryCodes, sector, status }: CheckedProjectFilter) {
  return (project: InfrastructureProjectRecord) =>
    meetsOneOf(countryCodes, [...project.partnerCountryCodes, project.hostCountryCode]) &&
    (!sector || project.sector === sector) &&
    (!status || project.status === status);
}
