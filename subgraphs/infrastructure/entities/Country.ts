import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { Node } from "../../kit/node.js";

/**
 * The shared Country entity: diplomacy owns its record; this subgraph adds projects and crises by code, and serves
 * the id (derived from the code) and the name (its own copy) as @shareable fields, so listing a project's countries
 * needs no diplomacy fetch.
 */
@ObjectType({
  implements: [Node],
  description: "A country the article names, keyed by its ISO 3166-1 alpha-2 code.",
})
@Directive('@key(fields: "code")')
@Directive(PUBLIC_TAG)
export class Country {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  @Directive("@shareable")
  id?: string; // resolved from `code` (kit/globalIdResolvers.ts): stubs carry only the code

  @Field(() => CountryCodeScalar, { description: "ISO 3166-1 alpha-2 code, e.g. BR." })
  code!: string;
}
