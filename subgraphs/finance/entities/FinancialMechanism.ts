import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { FinancialMechanismKind, FinancialMechanismStatus } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description:
    "A China-Latin America financial cooperation mechanism, existing or to explore. The article gives no amounts, dates or countries for any.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class FinancialMechanism extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => FinancialMechanismKind, { description: "Kind of mechanism." })
  kind!: FinancialMechanismKind;

  @Field(() => FinancialMechanismStatus, { description: "Whether it exists already or is a new form to explore." })
  status!: FinancialMechanismStatus;

  @Field(() => String, { description: "Name, worded as in the article." })
  name!: string;

  @Field(() => Boolean, {
    description:
      'Whether the article names it only as an example ("includes …", "such as …"): true means the mechanisms of its status it lists are not all there are.',
  })
  namedAsExample!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'When it is in place, as the article words it ("Currently"); null for forms still to explore.',
  })
  timeReference!: string | null;
}
