/** What the checks share (sources, artifacts, base, operations), each computed once on first use; and what a check is. */
import { buildSchema, type GraphQLSchema } from "graphql";
import { type Approval, readApprovals } from "./approvals.js";
import type { SchemaArtifacts } from "./artifacts.js";
import { type BaseRevision, resolveBaseRevision } from "./baseRevision.js";
import type { SchemaRunOptions } from "./cliOptions.js";
import { CheckInputError } from "./commandIo.js";
import { type CoordinateLocator, coordinateLocator } from "./coordinateLocations.js";
import type { CheckOutcome } from "./findings.js";
import { readAtRevision } from "./git.js";
import { usedCoordinates } from "./operationUsage.js";
import { loadOperations, type OperationRegistry } from "./registeredOperations.js";
import { type ClassifiedChange, classifyChanges, type OperationUsage } from "./schemaChanges.js";
import { schemaPaths } from "./schemaPaths.js";
import type { SubgraphSource } from "./subgraphSources.js";
import { apiSchemaOfSupergraph } from "./supergraph.js";

/** The base side of a comparison: a schema, or why there is none (neither is a failure). */
export type BaseSchema =
  | { state: "ok"; schema: GraphQLSchema; label: string; why: string }
  | { state: "unavailable"; reason: string };

export type ChangeComparison =
  | { state: "ok"; changes: ClassifiedChange[]; label: string; why: string }
  | { state: "unavailable"; reason: string };

function memo<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    cached ??= { value: compute() };
    return cached.value;
  };
}

export class CheckContext {
  constructor(
    readonly options: SchemaRunOptions,
    readonly sources: readonly SubgraphSource[],
    readonly artifacts: SchemaArtifacts,
  ) {}

  /** The command that regenerates the committed files for this run's inputs. */
  get composeCommand(): string {
    const flags = this.options.subgraphsDir
      ? ` -- --subgraphs ${this.options.subgraphsDir} --root ${this.options.root}`
      : "";
    return `npm run schema:compose${flags}`;
  }

  readonly approvals = memo((): Approval[] => readApprovals(this.options.root));

  readonly operations = memo((): OperationRegistry => loadOperations(this.options.root));

  readonly baseRevision = memo(
    (): BaseRevision =>
      resolveBaseRevision({
        root: this.options.root,
        ref: this.options.base,
        ci: this.options.ci,
        schemaChangedSinceHead: () => this.schemaChangedSinceHead(),
      }),
  );

  /** Where each schema coordinate is defined in the generated subgraph SDLs, for annotations on those lines. */
  readonly locate = memo((): CoordinateLocator => coordinateLocator(this.sources));

  private schemaChangedSinceHead(): boolean {
    const { supergraph } = this.artifacts;
    if (!supergraph.ok) return true;
    return readAtRevision(this.options.root, "HEAD", schemaPaths.supergraph) !== supergraph.supergraphSdl;
  }

  readonly baseApiSchema = memo((): BaseSchema => {
    const revision = this.baseRevision();
    if (!revision.available) return { state: "unavailable", reason: revision.reason };
    const sdl = readAtRevision(this.options.root, revision.commit, schemaPaths.supergraph);
    if (sdl === undefined) {
      return {
        state: "unavailable",
        reason: `the base ${revision.label} has no ${schemaPaths.supergraph} yet (first schema)`,
      };
    }
    try {
      return { state: "ok", schema: apiSchemaOfSupergraph(sdl).apiSchema, label: revision.label, why: revision.why };
    } catch (error) {
      throw new CheckInputError(
        `${schemaPaths.supergraph} at ${revision.label} is not a valid supergraph: ${(error as Error).message}`,
      );
    }
  });

  baseContractSchema(variant: string): BaseSchema {
    const revision = this.baseRevision();
    if (!revision.available) return { state: "unavailable", reason: revision.reason };
    const path = schemaPaths.contract(variant);
    const sdl = readAtRevision(this.options.root, revision.commit, path);
    if (sdl === undefined)
      return { state: "unavailable", reason: `the base ${revision.label} has no ${path} yet (first contract)` };
    try {
      return { state: "ok", schema: buildSchema(sdl), label: revision.label, why: revision.why };
    } catch (error) {
      throw new CheckInputError(`${path} at ${revision.label} is not a valid schema: ${(error as Error).message}`);
    }
  }

  /** Which coordinates each registered operation uses, in the base and the current API schema. */
  readonly operationUsages = memo((): OperationUsage[] => {
    const schemas: GraphQLSchema[] = [];
    if (this.artifacts.supergraph.ok) schemas.push(this.artifacts.supergraph.apiSchema);
    const base = this.baseApiSchema();
    if (base.state === "ok") schemas.push(base.schema);
    return this.operations().operations.map((operation) => {
      const coordinates = new Set<string>();
      for (const schema of schemas)
        for (const coordinate of usedCoordinates(schema, operation.document)) coordinates.add(coordinate);
      return { name: operation.name, location: operation.location, coordinates };
    });
  });

  readonly apiChanges = memo(async (): Promise<ChangeComparison> => {
    if (!this.artifacts.supergraph.ok) return { state: "unavailable", reason: "the supergraph does not compose" };
    const base = this.baseApiSchema();
    if (base.state !== "ok") return base;
    const changes = await classifyChanges(
      base.schema,
      this.artifacts.supergraph.apiSchema,
      this.approvals(),
      this.operationUsages(),
    );
    return { state: "ok", changes, label: base.label, why: base.why };
  });

  private readonly contractComparisons = new Map<string, Promise<ChangeComparison>>();

  contractChanges(variant: string): Promise<ChangeComparison> {
    let comparison = this.contractComparisons.get(variant);
    if (!comparison) {
      comparison = this.compareContract(variant);
      this.contractComparisons.set(variant, comparison);
    }
    return comparison;
  }

  private async compareContract(variant: string): Promise<ChangeComparison> {
    const contract = this.artifacts.contracts.find((c) => c.variant === variant);
    if (!contract?.ok) return { state: "unavailable", reason: `contract "${variant}" does not compose` };
    const base = this.baseContractSchema(variant);
    if (base.state !== "ok") return base;
    const changes = await classifyChanges(base.schema, contract.apiSchema, this.approvals(), this.operationUsages());
    return { state: "ok", changes, label: base.label, why: base.why };
  }
}

/** A check the runner can run: a name for the report and a function from the shared context to findings. */
export interface SchemaCheck {
  /** Stable id used in `--json` output. */
  name: string;
  title: string;
  run(context: CheckContext): Promise<CheckOutcome>;
}
