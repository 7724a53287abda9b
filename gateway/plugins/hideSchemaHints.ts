/** Without introspection, "Did you mean …?" suggestions would still leak field names: drop them too. */
import { ApolloServerPluginDisableSuggestions } from "@apollo/server/plugin/disableSuggestions";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function hideSchemaHints(): GatewayPlugin {
  return { name: "hide-schema-hints", apollo: ApolloServerPluginDisableSuggestions() };
}
