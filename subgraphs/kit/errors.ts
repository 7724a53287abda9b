/** GraphQL errors with stable extension codes that subgraphs raise for bad arguments. */
import { GraphQLError } from "graphql";

export function badUserInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}
