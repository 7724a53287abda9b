/**
 * The arguments and page builders of the lists of mechanisms and of dialogues, root and nested. In a module of their
 * own: each resolver uses the other's, and resolver modules importing each other leave one class uninitialized when
 * the compiled decorators' metadata reads it (the built service then fails to start).
 */
import { ArgsType, Field } from "type-graphql";
import { connectionOf, PageArgs } from "../../kit/connection.js";
import type { Order } from "../../kit/ordering.js";
import type { FinancialMechanismRecord, FinancialRegulatoryDialogueRecord } from "../dataSet.js";
import {
  dialogueFilterArgument,
  dialogueMatches,
  FinancialMechanismFilter,
  FinancialRegulatoryDialogueFilter,
  mechanismFilterArgument,
  mechanismMatches,
} from "../entities/filters.js";
import { FinancialMechanismOrder, mechanismOrderFields } from "../entities/orders.js";

/** Page, filter and order of every list of mechanisms, root and nested. */
@ArgsType()
export class FinancialMechanismArgs extends PageArgs {
  @Field(() => FinancialMechanismFilter, { nullable: true, description: "Which mechanisms to return." })
  filter?: FinancialMechanismFilter | null;

  @Field(() => FinancialMechanismOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;
}

/** A page of a nested list of mechanisms, filtered and sorted like the root one. */
export function mechanismConnection(records: readonly FinancialMechanismRecord[], args: FinancialMechanismArgs) {
  return connectionOf(records, args, mechanismMatches(mechanismFilterArgument(args.filter)), mechanismOrderFields);
}

@ArgsType()
export class FinancialRegulatoryDialogueArgs extends PageArgs {
  @Field(() => FinancialRegulatoryDialogueFilter, { nullable: true, description: "Which dialogues to return." })
  filter?: FinancialRegulatoryDialogueFilter | null;
}

/** A page of a nested list of dialogues, filtered like the root one. */
export function dialogueConnection(
  records: readonly FinancialRegulatoryDialogueRecord[],
  args: FinancialRegulatoryDialogueArgs,
) {
  return connectionOf(records, args, dialogueMatches(dialogueFilterArgument(args.filter)));
}
