import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { FactIndexEntry } from "../../kit/factIndex.js";
import { Fact, Node } from "../../kit/node.js";
import { COUNTRY_NAME_DESCRIPTION } from "../../kit/referenceNames.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A country the article names, keyed by its ISO 3166-1 alpha-2 code.",
})
@Directive('@key(fields: "code")')
@Directive(PUBLIC_TAG)
export class Country extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  @Directive("@shareable")
  id!: string;

  @Field(() => CountryCodeScalar, { description: "ISO 3166-1 alpha-2 code, e.g. BR." })
  code!: string;

  @Field(() => String, { description: COUNTRY_NAME_DESCRIPTION })
  @Directive("@shareable")
  name!: string;

  // Index entries of the infrastructure facts about the country: the gateway fetches them for `facts` (@requires).
  @Field(() => [FactIndexEntry], { nullable: true, description: "Index of the infrastructure facts about it." })
  @Directive("@external")
  infrastructureFactIndex?: FactIndexEntry[] | null;
}
