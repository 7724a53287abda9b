import { Arg, Ctx, Directive, ID, Query, Resolver } from "type-graphql";
import { MAX_PAGE_SIZE } from "../../../platform/pageSize.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { badUserInput } from "../../kit/errors.js";
import { decodeGlobalId } from "../../kit/globalId.js";
import { Node, withTypename } from "../../kit/node.js";
import { FACT_TYPES_OWNED_ELSEWHERE } from "../entities/ownedElsewhere.js";
import { type DiplomacyContext, diplomacyFactLoaders } from "../store/loaders.js";

const OWNED_ELSEWHERE: ReadonlySet<string> = new Set(FACT_TYPES_OWNED_ELSEWHERE);

/** Any object by global id: records owned here, key-only references to the rest (the gateway fills them in). */
async function resolveNode(id: string, context: DiplomacyContext): Promise<object | null> {
  const parts = decodeGlobalId(id);
  if (!parts) return null;
  if (OWNED_ELSEWHERE.has(parts.type)) return { __typename: parts.type, id: parts.handle };
  const loader = { Article: context.loaders.articlesById, ...diplomacyFactLoaders(context.loaders) }[parts.type];
  const record = loader ? await loader.load(parts.handle) : null;
  return record ? withTypename(parts.type, record) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id (`Node.id`); null if unknown." })
  @Directive(PUBLIC_TAG)
  node(@Arg("id", () => ID, { description: "A global id." }) id: string, @Ctx() context: DiplomacyContext) {
    return resolveNode(id, context);
  }

  @Directive(`@listSize(assumedSize: ${MAX_PAGE_SIZE})`)
  @Query(() => [Node], {
    nullable: "itemsAndList",
    description: `Objects by global id, in the order asked (null for each unknown id); at most ${MAX_PAGE_SIZE} ids.`,
  })
  @Directive(PUBLIC_TAG)
  nodes(@Arg("ids", () => [ID], { description: "Global ids." }) ids: string[], @Ctx() context: DiplomacyContext) {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`ids may hold at most ${MAX_PAGE_SIZE} ids`, "ids");
    return Promise.all(ids.map((id) => resolveNode(id, context)));
  }
}
