import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { PriorityAreaKind } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "An area the region prioritizes, actively seeking international cooperation in it.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class PriorityArea extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => PriorityAreaKind, { description: "Which area." })
  kind!: PriorityAreaKind;

  @Field(() => String, { description: "Name as the article lists it." })
  name!: string;
}
