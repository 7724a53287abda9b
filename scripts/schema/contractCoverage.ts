/** Finds schema elements a contract drops without anyone asking: kept fields losing arguments, kept enums losing values. */
import {
  type ConstDirectiveNode,
  type EnumTypeDefinitionNode,
  type EnumTypeExtensionNode,
  type GraphQLSchema,
  type InterfaceTypeDefinitionNode,
  type InterfaceTypeExtensionNode,
  isEnumType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  visit,
} from "graphql";
import type { ContractVariant } from "./contract.js";
import type { SubgraphSource } from "./subgraphSources.js";
import { parseSources } from "./supergraph.js";

export interface SilentDrop {
  kind: "argument" | "enum value" | "field";
  coordinate: string;
}

type TaggableTypeNode =
  | ObjectTypeDefinitionNode
  | ObjectTypeExtensionNode
  | InterfaceTypeDefinitionNode
  | InterfaceTypeExtensionNode
  | EnumTypeDefinitionNode
  | EnumTypeExtensionNode;

function tagNames(directives: readonly ConstDirectiveNode[] = []): string[] {
  return directives
    .filter((directive) => directive.name.value === "tag" || directive.name.value === "federation__tag")
    .flatMap((directive) => {
      const value = directive.arguments?.find((a) => a.name.value === "name")?.value;
      return value?.kind === Kind.STRING ? [value.value] : [];
    });
}

/** Tags per coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) across all subgraphs. */
export function tagsByCoordinate(sources: readonly SubgraphSource[]): Map<string, Set<string>> {
  const tags = new Map<string, Set<string>>();
  const add = (coordinate: string, directives: readonly ConstDirectiveNode[] | undefined) => {
    for (const name of tagNames(directives)) tags.set(coordinate, (tags.get(coordinate) ?? new Set()).add(name));
  };
  const onType = (node: TaggableTypeNode) => {
    const type = node.name.value;
    add(type, node.directives);
    if ("fields" in node) {
      for (const field of node.fields ?? []) {
        add(`${type}.${field.name.value}`, field.directives);
        for (const argument of field.arguments ?? []) {
          add(`${type}.${field.name.value}(${argument.name.value}:)`, argument.directives);
        }
      }
    }
    if ("values" in node) for (const value of node.values ?? []) add(`${type}.${value.name.value}`, value.directives);
    return false;
  };
  const parsed = parseSources(sources);
  for (const { typeDefs } of parsed.ok ? parsed.documents : []) {
    visit(typeDefs, {
      ObjectTypeDefinition: onType,
      ObjectTypeExtension: onType,
      InterfaceTypeDefinition: onType,
      InterfaceTypeExtension: onType,
      EnumTypeDefinition: onType,
      EnumTypeExtension: onType,
    });
  }
  return tags;
}

/** Elements of kept types/fields that the contract lost although neither they nor their type carry an exclude tag. */
export function silentDrops(
  api: GraphQLSchema,
  contract: GraphQLSchema,
  variant: ContractVariant,
  tags: ReadonlyMap<string, ReadonlySet<string>>,
): SilentDrop[] {
  const excluded = (...coordinates: string[]) =>
    coordinates.some((coordinate) => variant.exclude.some((tag) => tags.get(coordinate)?.has(tag)));
  const drops: SilentDrop[] = [];
  for (const contractType of Object.values(contract.getTypeMap())) {
    const apiType = api.getType(contractType.name);
    if (contractType.name.startsWith("__") || !apiType) continue;
    if (
      (isObjectType(apiType) || isInterfaceType(apiType)) &&
      (isObjectType(contractType) || isInterfaceType(contractType))
    ) {
      const keptFields = contractType.getFields();
      for (const field of Object.values(apiType.getFields())) {
        const fieldCoordinate = `${apiType.name}.${field.name}`;
        const kept = keptFields[field.name];
        if (!kept) {
          if (!excluded(apiType.name, fieldCoordinate)) drops.push({ kind: "field", coordinate: fieldCoordinate });
          continue;
        }
        for (const argument of field.args) {
          const argumentCoordinate = `${fieldCoordinate}(${argument.name}:)`;
          if (
            kept.args.some((a) => a.name === argument.name) ||
            excluded(apiType.name, fieldCoordinate, argumentCoordinate)
          )
            continue;
          drops.push({ kind: "argument", coordinate: argumentCoordinate });
        }
      }
    }
    if (isEnumType(apiType) && isEnumType(contractType)) {
      for (const value of apiType.getValues()) {
        const coordinate = `${apiType.name}.${value.name}`;
        if (!contractType.getValue(value.name) && !excluded(apiType.name, coordinate))
          drops.push({ kind: "enum value", coordinate });
      }
    }
  }
  return drops;
}
