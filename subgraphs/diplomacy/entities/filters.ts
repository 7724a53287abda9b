/**
 * Filters shared by every list of a type, root and nested alike: `Query.engagements(filter:)`,
 * `Country.engagements(filter:)` and `HeadOfState.engagements(filter:)` take the same input and mean the same thing
 * (in SQL for root pages, in memory for nested lists loaded whole). A condition the parent already implies
 * (`countryCodes` under `Country.engagements`) still applies: it narrows the list further.
 */
import { Field, ID, InputType } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { countryCodesArgument, meetsOneOf } from "../../kit/listFilters.js";
import { idArgument } from "../../kit/lookup.js";
import type {
  CausalLinkRecord,
  CountryRecord,
  FrameworkRecord,
  HeadOfStateRecord,
  PolicyDocumentRecord,
  StatedPositionRecord,
} from "../dataSet.js";
import { EngagementKind, FrameworkKind, PolicyDocumentKind, StatedPositionKind } from "./enums.js";

@InputType({ description: "Which countries to return; every condition given must hold." })
export class CountryFilter {
  @Field(() => ID, { nullable: true, description: "Only countries of this region (its `id`)." })
  regionId?: string | null;
}

@InputType({ description: "Which heads of state to return; every condition given must hold." })
export class HeadOfStateFilter {
  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: "Only heads of state of one of these countries (ISO 3166-1 alpha-2 codes).",
  })
  countryCodes?: string[] | null;
}

@InputType({ description: "Which diplomatic exchanges to return; every condition given must hold." })
export class EngagementFilter {
  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: "Only exchanges involving one of these countries, as participant or host (ISO 3166-1 alpha-2 codes).",
  })
  countryCodes?: string[] | null;

  @Field(() => EngagementKind, { nullable: true, description: "Only exchanges of this kind." })
  kind?: EngagementKind | null;
}

@InputType({ description: "Which stated positions to return; every condition given must hold." })
export class StatedPositionFilter {
  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: "Only positions one of these countries stated (ISO 3166-1 alpha-2 codes).",
  })
  countryCodes?: string[] | null;

  @Field(() => StatedPositionKind, { nullable: true, description: "Only positions of this kind." })
  kind?: StatedPositionKind | null;
}

@InputType({ description: "Which frameworks to return; every condition given must hold." })
export class FrameworkFilter {
  @Field(() => FrameworkKind, { nullable: true, description: "Only frameworks of this kind." })
  kind?: FrameworkKind | null;
}

@InputType({ description: "Which policy documents to return; every condition given must hold." })
export class PolicyDocumentFilter {
  @Field(() => PolicyDocumentKind, { nullable: true, description: "Only documents of this kind." })
  kind?: PolicyDocumentKind | null;

  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: "Only documents one of these countries issued (ISO 3166-1 alpha-2 codes).",
  })
  countryCodes?: string[] | null;
}

@InputType({ description: "Which causal links to return; every condition given must hold." })
export class CausalLinkFilter {
  @Field(() => ID, { nullable: true, description: "Only links naming this major project (its `id`)." })
  majorProjectId?: string | null;
}

/** Each filter with its values checked (a malformed code or an id of another type is the caller's error). */
export const checkFilter = {
  country: (filter: CountryFilter | null | undefined) => ({
    regionId: idArgument("Region", filter?.regionId, "filter.regionId"),
  }),
  headOfState: (filter: HeadOfStateFilter | null | undefined) => ({
    countryCodes: countryCodesArgument(filter?.countryCodes, "filter.countryCodes"),
  }),
  engagement: (filter: EngagementFilter | null | undefined) => ({
    countryCodes: countryCodesArgument(filter?.countryCodes, "filter.countryCodes"),
    kind: filter?.kind ?? null,
  }),
  statedPosition: (filter: StatedPositionFilter | null | undefined) => ({
    countryCodes: countryCodesArgument(filter?.countryCodes, "filter.countryCodes"),
    kind: filter?.kind ?? null,
  }),
  framework: (filter: FrameworkFilter | null | undefined) => ({ kind: filter?.kind ?? null }),
  policyDocument: (filter: PolicyDocumentFilter | null | undefined) => ({
    kind: filter?.kind ?? null,
    countryCodes: countryCodesArgument(filter?.countryCodes, "filter.countryCodes"),
  }),
  causalLink: (filter: CausalLinkFilter | null | undefined) => ({
    majorProjectId: idArgument("MajorProject", filter?.majorProjectId, "filter.majorProjectId"),
  }),
};

export type Checked<K extends keyof typeof checkFilter> = ReturnType<(typeof checkFilter)[K]>;

/** The same conditions in memory, for nested lists loaded whole. */
export const filterMatches = {
  country:
    ({ regionId }: Checked<"country">) =>
    (country: CountryRecord) =>
      !regionId || country.regionId === regionId,
  headOfState:
    ({ countryCodes }: Checked<"headOfState">) =>
    (leader: HeadOfStateRecord) =>
      meetsOneOf(countryCodes, [leader.countryCode]),
  /** `countriesOf`: the countries each engagement involves (participants' and host's), by engagement id. */
  engagement:
    ({ countryCodes, kind }: Checked<"engagement">, countriesOf: ReadonlyMap<string, readonly string[]>) =>
    (engagement: { id: string; kind: string }) =>
      meetsOneOf(countryCodes, countriesOf.get(engagement.id) ?? []) && (!kind || engagement.kind === kind),
  statedPosition:
    ({ countryCodes, kind }: Checked<"statedPosition">) =>
    (position: StatedPositionRecord) =>
      meetsOneOf(countryCodes, [position.statedByCountryCode]) && (!kind || position.kind === kind),
  framework:
    ({ kind }: Checked<"framework">) =>
    (framework: FrameworkRecord) =>
      !kind || framework.kind === kind,
  policyDocument:
    ({ kind, countryCodes }: Checked<"policyDocument">) =>
    (document: PolicyDocumentRecord) =>
      (!kind || document.kind === kind) && meetsOneOf(countryCodes, [document.issuerCountryCode]),
  causalLink:
    ({ majorProjectId }: Checked<"causalLink">) =>
    (link: CausalLinkRecord) =>
      !majorProjectId || link.majorProjectIds.includes(majorProjectId),
};
