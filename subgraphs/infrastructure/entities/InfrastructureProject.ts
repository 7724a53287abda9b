import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { InfrastructureProjectStatus, InfrastructureSector } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A physical infrastructure project the article names.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class InfrastructureProject extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "Name as the article gives it." })
  name!: string;

  @Field(() => InfrastructureSector, { description: "Sector the project belongs to." })
  sector!: InfrastructureSector;

  @Field(() => Int, { nullable: true, description: "Voltage level in kilovolts, for power projects (500)." })
  voltageKv!: number | null;

  @Field(() => InfrastructureProjectStatus, {
    description: "How far the project has got, as far as the article tells.",
  })
  status!: InfrastructureProjectStatus;

  @Field(() => String, { description: 'The article\'s words for `status`, verbatim ("upon completion").' })
  statusWording!: string;

  @Field(() => String, {
    nullable: true,
    description: "When it is to be completed, as the article words it; null because the article gives no date.",
  })
  completionTimeReference!: string | null;
}
