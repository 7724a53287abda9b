import { Directive, Field, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CountryCodeScalar } from "../../kit/scalars.js";

/** The shared Country entity: diplomacy owns its record; this subgraph adds projects and crises by code. */
@ObjectType({ description: "A country the article names, keyed by its ISO 3166-1 alpha-2 code." })
@Directive('@key(fields: "code")')
@Directive(PUBLIC_TAG)
export class Country {
  @Field(() => CountryCodeScalar, { description: "ISO 3166-1 alpha-2 code, e.g. BR." })
  code!: string;
}
