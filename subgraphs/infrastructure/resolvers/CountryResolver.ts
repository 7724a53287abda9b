import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { FactIndexEntry } from "../../kit/factIndex.js";
import { COUNTRY_NAME_DESCRIPTION, referenceName } from "../../kit/referenceNames.js";
import { Country } from "../entities/Country.js";
import { InfrastructureProject } from "../entities/InfrastructureProject.js";
import { PublicServiceCrisis } from "../entities/PublicServiceCrisis.js";
import type { InfrastructureContext } from "../store/loaders.js";

@Resolver(() => Country)
export class CountryResolver {
  // Served here too (@shareable) from this subgraph's copy of the name, so a project's countries need no extra fetch.
  @FieldResolver(() => String, { description: COUNTRY_NAME_DESCRIPTION })
  @Directive("@shareable")
  name(@Root() country: Country, @Ctx() { loaders }: InfrastructureContext) {
    return referenceName(loaders.countryNamesByCode, "Country", country.code);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [InfrastructureProject], {
    nullable: true,
    description: "Infrastructure projects the country promotes or hosts.",
  })
  infrastructureProjects(@Root() country: Country, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.projectsByCountry.load(country.code);
  }

  @Directive("@listSize(assumedSize: 2)")
  @FieldResolver(() => [PublicServiceCrisis], {
    nullable: true,
    description: "Crises that public-service price adjustments caused in the country.",
  })
  publicServiceCrises(@Root() country: Country, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.crisesByCountry.load(country.code);
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
