/** `orderBy` inputs of the finance connections. */
import { orderInput } from "../../kit/ordering.js";

export const { OrderInput: FinancialMechanismOrder, recordFields: mechanismOrderFields } = orderInput(
  "FinancialMechanism",
  { NAME: { field: "name", description: "Its English name, as the article gives it." } },
);
