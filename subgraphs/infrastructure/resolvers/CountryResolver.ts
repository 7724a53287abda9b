import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Country } from "../entities/Country.js";
import { InfrastructureProject } from "../entities/InfrastructureProject.js";
import { PublicServiceCrisis } from "../entities/PublicServiceCrisis.js";
import type { InfrastructureContext } from "../store/loaders.js";

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => [InfrastructureProject], {
    description: "Infrastructure projects the country promotes or hosts.",
  })
  infrastructureProjects(@Root() country: Country, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.projectsByCountry.load(country.code);
  }

  @FieldResolver(() => [PublicServiceCrisis], {
    description: "Crises that public-service price adjustments caused in the country.",
  })
  publicServiceCrises(@Root() country: Country, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.crisesByCountry.load(country.code);
  }
}
