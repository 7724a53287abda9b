import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { connectionOf } from "../../kit/connection.js";
import { FactIndexEntry } from "../../kit/factIndex.js";
import { COUNTRY_NAME_DESCRIPTION, referenceName } from "../../kit/referenceNames.js";
import { Country } from "../entities/Country.js";
import { projectFilterArgument, projectMatches } from "../entities/InfrastructureProjectFilter.js";
import { projectOrderFields } from "../entities/orders.js";
import type { InfrastructureContext } from "../store/loaders.js";
import { InfrastructureProjectConnection, PublicServiceCrisisConnection } from "./connections.js";
import { InfrastructureProjectArgs } from "./InfrastructureProjectResolver.js";
import { crisisConnection, PublicServiceCrisisArgs } from "./PublicServiceCrisisResolver.js";

@Resolver(() => Country)
export class CountryResolver {
  // Served here too (@shareable) from this subgraph's copy of the name, so a project's countries need no extra fetch.
  @FieldResolver(() => String, { description: COUNTRY_NAME_DESCRIPTION })
  @Directive("@shareable")
  name(@Root() country: Country, @Ctx() { loaders }: InfrastructureContext) {
    return referenceName(loaders.countryNamesByCode, "Country", country.code);
  }

  @FieldResolver(() => InfrastructureProjectConnection, {
    nullable: true,
    description: "Infrastructure projects the country promotes or hosts.",
  })
  async infrastructureProjects(
    @Root() country: Country,
    @Args(() => InfrastructureProjectArgs) args: InfrastructureProjectArgs,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    const keep = projectMatches(projectFilterArgument(args.filter));
    return connectionOf(await loaders.projectsByCountry.load(country.code), args, keep, projectOrderFields);
  }

  @FieldResolver(() => PublicServiceCrisisConnection, {
    nullable: true,
    description: "Crises that public-service price adjustments caused in the country.",
  })
  async publicServiceCrises(
    @Root() country: Country,
    @Args(() => PublicServiceCrisisArgs) args: PublicServiceCrisisArgs,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return crisisConnection(await loaders.crisesByCountry.load(country.code), args);
  }

  @FieldResolver(() => [FactIndexEntry], {
    nullable: true,
    description: "Index of the infrastructure facts about the country, merged into `Country.facts`.",
  })
  @Directive("@listSize(assumedSize: 10)")
  @Directive("@inaccessible")
  infrastructureFactIndex(@Root() country: Country, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.factIndexByCountry.load(country.code);
  }
}
