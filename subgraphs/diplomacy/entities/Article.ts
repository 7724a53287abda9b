import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateScalar, URLScalar } from "../../../platform/scalars.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { EVIDENCE_LIST_SIZE, Evidence } from "../../kit/evidence.js";
import { FactIndexEntry } from "../../kit/factIndex.js";
import { Node } from "../../kit/node.js";

@ObjectType({
  implements: [Node],
  description: "A source article. Every fact the API serves cites paragraphs of an article.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Article {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "Readable, stable slug of the article." })
  handle!: string;

  @Field(() => String, { nullable: true, description: "Headline; null because the source text carries none." })
  title!: string | null;

  @Field(() => String, { description: "Publisher named in the dateline." })
  publisher!: string;

  @Field(() => String, {
    description: "Publisher's web address as printed in the dateline (the article's own URL is not given).",
    deprecationReason: "Use `publisherUrl`: this is the publisher's site, not the article's address.",
  })
  url!: string;

  @Field(() => URLScalar, {
    description:
      "Publisher's website: the host the dateline prints (www.dnyxxg.com), as an http URL. The article's own address is not given.",
  })
  publisherUrl!: string;

  @Field(() => DateScalar, { nullable: true, description: "Publication date; null because the article is undated." })
  publishedOn!: string | null;

  @Directive(EVIDENCE_LIST_SIZE)
  @Field(() => [Evidence], { description: "Where the article states its own metadata." })
  evidence!: Evidence[];

  // Index entries of the facts the other subgraphs own: the gateway fetches them for `facts` (@requires).
  @Field(() => [FactIndexEntry], { nullable: true, description: "Index of the article's infrastructure facts." })
  @Directive("@external")
  infrastructureFactIndex?: FactIndexEntry[] | null;

  @Field(() => [FactIndexEntry], { nullable: true, description: "Index of the article's finance facts." })
  @Directive("@external")
  financeFactIndex?: FactIndexEntry[] | null;
}
