/** `FactFilter` and `FactType`: which facts `Article.facts` and `Country.facts` return. */
import { Field, InputType, Int, registerEnumType } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { DIPLOMACY_FACT_TYPES } from "./DiplomacyFact.js";
import { FACT_TYPES_OWNED_ELSEWHERE } from "./ownedElsewhere.js";

const ALL_FACT_TYPES = [...Object.values(DIPLOMACY_FACT_TYPES), ...FACT_TYPES_OWNED_ELSEWHERE];

const enumName = (typeName: string) => typeName.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

/** `FactType` values by name (`INFRASTRUCTURE_PROJECT`) mapping to the GraphQL type name of the fact. */
export const FactType: Record<string, string> = Object.fromEntries(
  ALL_FACT_TYPES.map((name) => [enumName(name), name]),
);

registerEnumType(FactType, {
  name: "FactType",
  description: "A kind of fact, named after its GraphQL type (INFRASTRUCTURE_PROJECT for InfrastructureProject).",
  valuesConfig: Object.fromEntries(
    ALL_FACT_TYPES.map((name) => [enumName(name), { description: `Facts of type ${name}.` }]),
  ),
});

@InputType({ description: "Which facts to return; every condition given must hold." })
export class FactFilter {
  @Field(() => Int, { nullable: true, description: "Only facts citing this paragraph (1-based)." })
  paragraph?: number | null;

  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: "Only facts about one of these countries (ISO 3166-1 alpha-2 codes).",
  })
  countryCodes?: string[] | null;

  @Field(() => [FactType], { nullable: true, description: "Only facts of these types." })
  types?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Only facts whose quotes or wording contain every word given (word prefixes match).",
  })
  text?: string | null;
}
