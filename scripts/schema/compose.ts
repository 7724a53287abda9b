/**
 * `npm run schema:compose`: writes each subgraph's SDL, the supergraph, the contract variants, the typed operations
 * and the changelog under schema/; exit 1 when composition fails, 2 when it could not run.
 */
import "reflect-metadata";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { generateArtifacts, type SchemaArtifacts } from "./artifacts.js";
import { COMPOSE_USAGE, parseComposeOptions } from "./cliOptions.js";
import { CheckInputError, type CommandIo, runAsProcess } from "./commandIo.js";
import { contractErrorAdvice } from "./contract.js";
import { readCommitted, staleGeneratedFiles } from "./generatedFiles.js";
import { inRoot } from "./schemaPaths.js";
import { type SubgraphSource, sourcesFromCode, sourcesFromDirectory } from "./subgraphSources.js";

async function runComposeCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  let options: NonNullable<ReturnType<typeof parseComposeOptions>>;
  let sources: SubgraphSource[];
  let artifacts: SchemaArtifacts;
  try {
    const parsed = parseComposeOptions(argv);
    if (!parsed) {
      io.out(COMPOSE_USAGE);
      return 0;
    }
    options = parsed;
    sources = options.subgraphsDir ? sourcesFromDirectory(options.subgraphsDir) : await sourcesFromCode();
    artifacts = await generateArtifacts(sources, options.root);
  } catch (error) {
    if (!(error instanceof CheckInputError)) throw error;
    io.err(error.message);
    return 2;
  }

  for (const file of artifacts.files) {
    const unchanged = readCommitted(options.root, file.path) === file.content;
    if (!unchanged) {
      const target = inRoot(options.root, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    io.out(`${unchanged ? "unchanged" : "wrote    "} ${file.path}`);
  }
  if (artifacts.supergraph.ok) {
    for (const stale of staleGeneratedFiles(
      options.root,
      sources.map((s) => s.name),
    )) {
      rmSync(inRoot(options.root, stale));
      io.out(`removed   ${stale} (no subgraph generates it any more)`);
    }
  }

  let failed = false;
  if (artifacts.supergraph.ok) {
    for (const hint of artifacts.supergraph.hints) io.err(`warning [${hint.code}] ${hint.message}`);
  } else {
    failed = true;
    io.err("Composition failed; schema/supergraph.graphql was not written.");
    for (const error of artifacts.supergraph.errors) io.err(`error [${error.code}] ${error.message}`);
  }
  const api = artifacts.supergraph.ok ? artifacts.supergraph.apiSchema : undefined;
  for (const contract of artifacts.contracts) {
    if (contract.ok) continue;
    failed = true;
    io.err(
      `Contract "${contract.variant}" failed to compose; schema/contracts/${contract.variant}.graphql was not written.`,
    );
    for (const error of contract.errors) {
      const advice = contractErrorAdvice(error, api);
      io.err(`error [${error.code}] ${error.message}${advice ? `\n  fix: ${advice}` : ""}`);
    }
  }
  return failed ? 1 : 0;
}

runAsProcess(runComposeCommand);
