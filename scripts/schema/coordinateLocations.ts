/** Where a schema coordinate (`Type.field.argument`, `Enum.VALUE`) is defined in the generated subgraph SDL files. */
import { getLocation, type Location, parse, visit } from "graphql";
import { schemaPaths } from "./schemaPaths.js";
import type { SubgraphSource } from "./subgraphSources.js";

/** `file:line:column` of a coordinate, or of its closest defined parent (a removed field points at its type). */
export type CoordinateLocator = (coordinate: string) => string | undefined;

export function coordinateLocator(sources: readonly SubgraphSource[]): CoordinateLocator {
  const locations = new Map<string, string>();
  for (const source of sources) {
    for (const [coordinate, location] of definitionsIn(source)) {
      if (!locations.has(coordinate)) locations.set(coordinate, location);
    }
  }
  return (coordinate) => {
    for (let path = coordinate; path; path = path.slice(0, Math.max(0, path.lastIndexOf(".")))) {
      const location = locations.get(path);
      if (location) return location;
    }
    return undefined;
  };
}

function definitionsIn(source: SubgraphSource): Map<string, string> {
  const found = new Map<string, string>();
  let document: ReturnType<typeof parse>;
  try {
    document = parse(source.sdl);
  } catch {
    return found; // the composition check reports an SDL that does not parse
  }
  const file = schemaPaths.subgraph(source.name);
  const at = (location: Location | undefined) => {
    if (!location) return file;
    const { line, column } = getLocation(location.source, location.start);
    return `${file}:${line}:${column}`;
  };
  const typeNames: string[] = [];
  const fieldNames: string[] = [];
  const enterType = (node: { name: { value: string; loc?: Location } }) => {
    typeNames.push(node.name.value);
    found.set(node.name.value, at(node.name.loc));
  };
  const leaveType = () => void typeNames.pop();
  const typeVisitor = { enter: enterType, leave: leaveType };
  visit(document, {
    ObjectTypeDefinition: typeVisitor,
    ObjectTypeExtension: typeVisitor,
    InterfaceTypeDefinition: typeVisitor,
    InterfaceTypeExtension: typeVisitor,
    InputObjectTypeDefinition: typeVisitor,
    InputObjectTypeExtension: typeVisitor,
    EnumTypeDefinition: typeVisitor,
    EnumTypeExtension: typeVisitor,
    UnionTypeDefinition: typeVisitor,
    ScalarTypeDefinition: typeVisitor,
    DirectiveDefinition: { enter: () => false },
    FieldDefinition: {
      enter(node) {
        const coordinate = `${typeNames.at(-1)}.${node.name.value}`;
        fieldNames.push(coordinate);
        found.set(coordinate, at(node.name.loc));
      },
      leave: () => void fieldNames.pop(),
    },
    InputValueDefinition(node) {
      const parent = fieldNames.at(-1) ?? typeNames.at(-1);
      found.set(`${parent}.${node.name.value}`, at(node.name.loc));
    },
    EnumValueDefinition(node) {
      found.set(`${typeNames.at(-1)}.${node.name.value}`, at(node.name.loc));
    },
  });
  return found;
}
