/** Turns a type-graphql schema into a Federation 2 subgraph schema, keeping its directives. */
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import {
  type ConstDirectiveNode,
  type DocumentNode,
  type EnumTypeDefinitionNode,
  type GraphQLSchema,
  type InputObjectTypeDefinitionNode,
  type InputValueDefinitionNode,
  type InterfaceTypeDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
  type ScalarTypeDefinitionNode,
  type UnionTypeDefinitionNode,
  visit,
} from "graphql";
import { type BuildSchemaOptions, buildSchema, createResolversMap } from "type-graphql";
import { ARTICLE_ID } from "./article.js";
import { CACHE_CONTROL_DEFINITION, withCacheHints } from "./cacheHints.js";
import { PUBLIC_TAG } from "./contractTags.js";
import type { Evidence } from "./evidence.js";
import { type HandleFields, withGlobalIds } from "./globalIdResolvers.js";
import { type Paragraph, paragraphOf } from "./paragraph.js";

const federationLink =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@tag", "@inaccessible", "@listSize"])';

/** The resolver map `buildSubgraphSchema` takes, named through its public signature (the package exports no such type). */
export type SubgraphResolvers = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown; resolvers?: unknown }>["resolvers"]
>;

// biome-ignore lint/suspicious/noExplicitAny: reference resolvers receive representations of any entity shape
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

const publicTag = (parse(`scalar Tagged ${PUBLIC_TAG}`).definitions[0] as ScalarTypeDefinitionNode)
  .directives?.[0] as ConstDirectiveNode;

type Taggable =
  | ScalarTypeDefinitionNode
  | EnumTypeDefinitionNode
  | UnionTypeDefinitionNode
  | InterfaceTypeDefinitionNode
  | InputObjectTypeDefinitionNode
  | InputValueDefinitionNode;

function hasTag(node: { directives?: readonly ConstDirectiveNode[] }): boolean {
  return node.directives?.some((directive) => directive.name.value === "tag") ?? false;
}

function isTaggedPublic(node: { directives?: readonly ConstDirectiveNode[] }): boolean {
  return (
    node.directives?.some(
      (directive) =>
        directive.name.value === "tag" &&
        directive.arguments?.some((arg) => arg.value.kind === Kind.STRING && arg.value.value === "public"),
    ) ?? false
  );
}

function withPublicTag<Node extends Taggable>(node: Node): Node {
  return hasTag(node) ? node : { ...node, directives: [...(node.directives ?? []), publicTag] };
}

/**
 * A contract keeps only what is tagged, and type-graphql cannot put @Directive on enums, unions or arguments:
 * tag every untagged scalar, enum, union, interface and input type (with its fields) public (the contract still drops those no public field reaches), and give the
 * arguments of fields tagged public at field level (the root fields) that tag, which arguments do not inherit.
 */
function tagForContracts(document: DocumentNode): DocumentNode {
  return visit(document, {
    ScalarTypeDefinition: withPublicTag,
    EnumTypeDefinition: withPublicTag,
    UnionTypeDefinition: withPublicTag,
    InterfaceTypeDefinition: withPublicTag,
    InputObjectTypeDefinition(input) {
      return { ...withPublicTag(input), fields: input.fields?.map(withPublicTag) };
    },
    FieldDefinition(field) {
      if (!isTaggedPublic(field) || !field.arguments?.length) return undefined;
      return { ...field, arguments: field.arguments.map(withPublicTag) };
    },
  });
}

export interface SubgraphSchemaOptions {
  /** The record field holding each type's handle, where it is not `id` (see globalIdResolvers). */
  handleFields?: HandleFields;
  /** Loads an article by handle where the subgraph owns articles; elsewhere `Evidence.article` is a key-only stub. */
  // biome-ignore lint/suspicious/noExplicitAny: each subgraph has its own context type
  loadArticle?: (handle: string, context: any) => unknown;
}

// `Evidence` and `Paragraph` are shared classes, so their `article` fields (typed with each subgraph's own Article)
// are added here.
const articleFields = new Map(
  (
    parse(`type Evidence {
  "The article the quote comes from."
  article: Article
}
type Paragraph {
  "The article the paragraph belongs to."
  article: Article!
}`).definitions as ObjectTypeDefinitionNode[]
  ).map((type) => [type.name.value, type.fields ?? []]),
);

function withArticleFields(document: DocumentNode): DocumentNode {
  return visit(document, {
    ObjectTypeDefinition(type) {
      const fields = articleFields.get(type.name.value);
      return fields ? { ...type, fields: [...(type.fields ?? []), ...fields] } : undefined;
    },
  });
}

export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck">,
  referenceResolvers: ReferenceResolvers = {},
  { handleFields = {}, loadArticle = (handle) => ({ id: handle }) }: SubgraphSchemaOptions = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true });
  const resolvers = createResolversMap(schema) as SubgraphResolvers;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as SubgraphResolvers[string];
  }
  withGlobalIds(schema, resolvers, handleFields);
  // Every fact so far cites the one source article.
  resolvers.Evidence = {
    ...(resolvers.Evidence as object),
    article: (_evidence: unknown, _args: unknown, context: unknown) => loadArticle(ARTICLE_ID, context),
    citedParagraph: (evidence: Evidence) => paragraphOf(ARTICLE_ID, evidence.paragraph),
  } as SubgraphResolvers[string];
  resolvers.Paragraph = {
    ...(resolvers.Paragraph as object),
    article: (paragraph: Paragraph, _args: unknown, context: unknown) => loadArticle(paragraph.articleId, context),
  } as SubgraphResolvers[string];
  return buildSubgraphSchema({
    typeDefs: withCacheHints(
      tagForContracts(
        withArticleFields(
          parse(`${federationLink}\n${CACHE_CONTROL_DEFINITION}\n${printSchemaWithDirectives(schema)}`),
        ),
      ),
    ),
    resolvers,
  });
}
