/**
 * Fact types the other subgraphs own, as key-only stubs: `node(id:)` and the `facts` connections return them by
 * key and the gateway fetches every other field from the owner. A new fact type in another subgraph is added here
 * (the schema tests fail until it is); their descriptions live with their owners.
 */
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Evidence } from "../../kit/evidence.js";
import { Fact, Node } from "../../kit/node.js";

export const FACT_TYPES_OWNED_ELSEWHERE = [
  "Initiative",
  "InfrastructureProject",
  "InfrastructureProjectOutcome",
  "InfrastructureGap",
  "PublicServiceCrisis",
  "PriorityArea",
  "FinancialStabilityGap",
  "FinancialRisk",
  "FinancialMechanism",
  "FinancialRegulatoryDialogue",
  "PublicGoodsRelation",
  "FinancialOutlook",
] as const;

function factStub(name: string) {
  @ObjectType(name, { implements: [Node, Fact] })
  @Directive('@key(fields: "id", resolvable: false)')
  class FactStub {
    @Field(() => ID)
    id!: string;

    @Field(() => [Evidence])
    @Directive("@external")
    evidence!: Evidence[];
  }
  return FactStub;
}

export const factStubs = FACT_TYPES_OWNED_ELSEWHERE.map(factStub);

/** The key-only stub of one of those types, for fields here that reference its records. */
export function factStubOf(name: (typeof FACT_TYPES_OWNED_ELSEWHERE)[number]) {
  return factStubs[FACT_TYPES_OWNED_ELSEWHERE.indexOf(name)] as (typeof factStubs)[number];
}
