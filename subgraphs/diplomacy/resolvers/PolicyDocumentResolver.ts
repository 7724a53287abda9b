import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { type Order, orderBySql } from "../../kit/ordering.js";
import type { PolicyDocumentRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { PolicyDocumentKind } from "../entities/enums.js";
import { Framework } from "../entities/Framework.js";
import { checkFilter, filterMatches, PolicyDocumentFilter } from "../entities/filters.js";
import { PolicyDocumentOrder, policyDocumentOrderFields } from "../entities/orders.js";
import { PolicyDocument } from "../entities/PolicyDocument.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { PolicyDocumentConnection, StatedPositionConnection } from "./connections.js";
import { StatedPositionArgs } from "./StatedPositionResolver.js";

/** Page, filter and order of every list of policy documents: `Query.policyDocuments` and the nested ones. */
@ArgsType()
export class PolicyDocumentArgs extends PageArgs {
  @Field(() => PolicyDocumentFilter, { nullable: true, description: "Which documents to return." })
  filter?: PolicyDocumentFilter | null;

  @Field(() => PolicyDocumentOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;
}

@ArgsType()
class PolicyDocumentListArgs extends PolicyDocumentArgs {
  @Field(() => PolicyDocumentKind, {
    nullable: true,
    description: "Only documents of this kind.",
    deprecationReason: "Use `filter: { kind }`.",
  })
  kind?: PolicyDocumentKind | null;
}

@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver {
  @Query(() => PolicyDocumentConnection, { nullable: true, description: "Policy documents the article names." })
  @Directive(PUBLIC_TAG)
  policyDocuments(
    @Args(() => PolicyDocumentListArgs) args: PolicyDocumentListArgs,
    @Ctx() { repository }: DiplomacyContext,
  ) {
    const page = pageFromArgs(args);
    const kind = filterOrDeprecated(args.filter?.kind, args.kind, ["filter.kind", "kind"]);
    const filter = checkFilter.policyDocument({ ...args.filter, kind });
    const orderBy = orderBySql(args.orderBy, policyDocumentOrderFields);
    const { nodes, total } = repository.policyDocumentPage(filter, page, orderBy);
    return toConnection(nodes, total, page);
  }

  @Query(() => PolicyDocument, {
    nullable: true,
    description: "A policy document by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  policyDocument(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`PolicyDocument.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Document handle, e.g. china-third-latin-america-policy-document.",
    })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("PolicyDocument", id, handle, (wanted) => loaders.policyDocumentsById.load(wanted));
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: "Country that issued it (China for its policy documents).",
  })
  issuer(@Root() document: PolicyDocumentRecord, @Ctx() { loaders }: DiplomacyContext) {
    return document.issuerCountryCode ? loaders.countriesByCode.load(document.issuerCountryCode) : null;
  }

  @FieldResolver(() => Framework, { nullable: true, description: "The conference or forum that adopted it." })
  adoptedBy(@Root() document: PolicyDocumentRecord, @Ctx() { loaders }: DiplomacyContext) {
    return document.adoptedById ? loaders.frameworksById.load(document.adoptedById) : null;
  }

  @FieldResolver(() => StatedPositionConnection, {
    description: "Positions and commitments stated on its release, taking it as the occasion.",
  })
  async statedPositions(
    @Root() document: PolicyDocumentRecord,
    @Args(() => StatedPositionArgs) args: StatedPositionArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    const keep = filterMatches.statedPosition(checkFilter.statedPosition(args.filter));
    return connectionOf(await loaders.statedPositionsByPolicyDocument.load(document.id), args, keep);
  }
}
