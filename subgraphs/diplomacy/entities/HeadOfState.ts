import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { OfficeKind } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A head of state taking part in the exchanges the article reports.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class HeadOfState extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "Name as the article gives it." })
  name!: string;

  @Field(() => OfficeKind, { description: "Office held." })
  office!: OfficeKind;
}
