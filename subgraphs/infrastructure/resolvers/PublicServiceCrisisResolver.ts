import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { deprecatedCountryCodes, filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { type Order, orderBySql } from "../../kit/ordering.js";
import type { PublicServiceCrisisRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { InfrastructureGap } from "../entities/InfrastructureGap.js";
import { crisisOrderFields, PublicServiceCrisisOrder } from "../entities/orders.js";
import { PublicServiceCrisis } from "../entities/PublicServiceCrisis.js";
import {
  crisisFilterArgument,
  crisisMatches,
  PublicServiceCrisisFilter,
} from "../entities/PublicServiceCrisisFilter.js";
import type { InfrastructureContext } from "../store/loaders.js";
import { PublicServiceCrisisConnection } from "./connections.js";

/** Page, filter and order of every list of crises: `Query.publicServiceCrises` and the nested ones. */
@ArgsType()
export class PublicServiceCrisisArgs extends PageArgs {
  @Field(() => PublicServiceCrisisFilter, { nullable: true, description: "Which crises to return." })
  filter?: PublicServiceCrisisFilter | null;

  @Field(() => PublicServiceCrisisOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;
}

@ArgsType()
class PublicServiceCrisisListArgs extends PublicServiceCrisisArgs {
  @Field(() => CountryCodeScalar, {
    nullable: true,
    description: "Only crises naming this country (ISO alpha-2 code).",
    deprecationReason: "Use `filter: { countryCodes: [...] }`.",
  })
  countryCode?: string | null;
}

/** A page of a nested list of crises, filtered and sorted like the root one. */
export function crisisConnection(records: readonly PublicServiceCrisisRecord[], args: PublicServiceCrisisArgs) {
  return connectionOf(records, args, crisisMatches(crisisFilterArgument(args.filter)), crisisOrderFields);
}

@Resolver(() => PublicServiceCrisis)
export class PublicServiceCrisisResolver {
  @Query(() => PublicServiceCrisisConnection, {
    nullable: true,
    description: "Crises public-service price adjustments caused, in article order; each names its countries.",
  })
  @Directive(PUBLIC_TAG)
  publicServiceCrises(
    @Args(() => PublicServiceCrisisListArgs) args: PublicServiceCrisisListArgs,
    @Ctx() { repository }: InfrastructureContext,
  ) {
    const countryCodes = filterOrDeprecated(args.filter?.countryCodes, deprecatedCountryCodes(args.countryCode), [
      "filter.countryCodes",
      "countryCode",
    ]);
    const page = pageFromArgs(args);
    const orderBy = orderBySql(args.orderBy, crisisOrderFields);
    const { nodes, total } = repository.crisisPage(crisisFilterArgument({ countryCodes }), page, orderBy);
    return toConnection(nodes, total, page);
  }

  @Query(() => PublicServiceCrisis, {
    nullable: true,
    description: "A crisis record by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  publicServiceCrisis(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`PublicServiceCrisis.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Crisis handle, e.g. public-service-price-adjustment-crises.",
    })
    handle: string | null,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return loadByIdOrHandle("PublicServiceCrisis", id, handle, (wanted) => loaders.crisesById.load(wanted));
  }

  @Directive("@listSize(assumedSize: 6)")
  @FieldResolver(() => [Country], {
    nullable: true,
    description: "Countries the article names for the crises, in its order (see countriesExhaustive).",
  })
  countries(@Root() crisis: PublicServiceCrisisRecord): Country[] {
    return crisis.countryCodes.map((code) => ({ code }));
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: "Null: a crisis record is one claim about a group of countries, see `countries`.",
    deprecationReason: "The article makes one claim about a group of countries: use `countries`.",
  })
  country(): Country | null {
    return null;
  }

  @FieldResolver(() => InfrastructureGap, { nullable: true, description: "The public-goods shortfall it exemplifies." })
  gap(@Root() crisis: PublicServiceCrisisRecord, @Ctx() { loaders }: InfrastructureContext) {
    return crisis.gapId ? loaders.gapsById.load(crisis.gapId) : null;
  }
}
