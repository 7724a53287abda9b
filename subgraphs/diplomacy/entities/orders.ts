/** `orderBy` inputs of the diplomacy connections (`CountryOrder` lives beside `Country`). */
import { orderInput } from "../../kit/ordering.js";

const NAME = { field: "name", description: "Its English name, as the article gives it." };

export const { OrderInput: EngagementOrder, recordFields: engagementOrderFields } = orderInput("Engagement", {
  KIND: { field: "kind", description: "Its kind (`EngagementKind`), alphabetically." },
});

export const { OrderInput: HeadOfStateOrder, recordFields: headOfStateOrderFields } = orderInput("HeadOfState", {
  NAME: { field: "name", description: "The name the article uses." },
  COUNTRY_CODE: { field: "countryCode", description: "The ISO 3166-1 alpha-2 code of their country." },
});

export const { OrderInput: FrameworkOrder, recordFields: frameworkOrderFields } = orderInput("Framework", { NAME });

export const { OrderInput: PolicyDocumentOrder, recordFields: policyDocumentOrderFields } = orderInput(
  "PolicyDocument",
  { NAME },
);
