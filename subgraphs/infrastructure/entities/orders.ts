/** `orderBy` inputs of the infrastructure connections. */
import { orderInput } from "../../kit/ordering.js";

const NAME = { field: "name", description: "Its English name, as the article gives it." };

export const { OrderInput: InfrastructureProjectOrder, recordFields: projectOrderFields } = orderInput(
  "InfrastructureProject",
  { NAME },
);

export const { OrderInput: InitiativeOrder, recordFields: initiativeOrderFields } = orderInput("Initiative", { NAME });

export const { OrderInput: PublicServiceCrisisOrder, recordFields: crisisOrderFields } = orderInput(
  "PublicServiceCrisis",
  {
    COUNTRY_CODE: {
      field: "countryCodes[0]",
      description: "The ISO 3166-1 alpha-2 code of the first country it names.",
    },
  },
);
