import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { AssessmentRecord } from "../dataSet.js";
import { Assessment } from "../entities/Assessment.js";
import { Country } from "../entities/Country.js";
import { Region } from "../entities/Region.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { AssessmentConnection } from "./connections.js";

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => AssessmentConnection, {
    nullable: true,
    description: "Views and outlooks the article attributes to someone, in article order.",
  })
  @Directive(PUBLIC_TAG)
  assessments(@Args(() => PageArgs) args: PageArgs, @Ctx() { repository }: DiplomacyContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.assessmentPage(page);
    return toConnection(nodes, total, page);
  }

  @Query(() => Assessment, {
    nullable: true,
    description: "An assessment by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  assessment(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`Assessment.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Handle, e.g. latin-america-values-china-strength-and-influence.",
    })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("Assessment", id, handle, (wanted) => loaders.assessmentsById.load(wanted));
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region whose countries hold the view." })
  holderRegion(@Root() assessment: AssessmentRecord, @Ctx() { loaders }: DiplomacyContext) {
    return assessment.holderRegionId ? loaders.regionsById.load(assessment.holderRegionId) : null;
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country the view is about, when it names one." })
  aboutCountry(@Root() assessment: AssessmentRecord, @Ctx() { loaders }: DiplomacyContext) {
    return assessment.aboutCountryCode ? loaders.countriesByCode.load(assessment.aboutCountryCode) : null;
  }
}
