/** `CountryOrder`: how `Query.countries` and `Region.countries` sort. */
import { orderInput } from "../../kit/ordering.js";

export const { OrderInput: CountryOrder, recordFields: countryOrderFields } = orderInput("Country", {
  NAME: { field: "name", description: "The country's English name." },
  CODE: { field: "code", description: "The ISO 3166-1 alpha-2 code." },
});
