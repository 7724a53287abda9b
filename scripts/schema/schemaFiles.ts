/** What `schema:compose` does once its flags are read: generates every schema file and writes the ones that changed. */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { generateArtifacts } from "./artifacts.js";
import type { SchemaRunOptions } from "./cliOptions.js";
import type { CommandIo } from "./commandIo.js";
import { contractErrorAdvice } from "./contract.js";
import { readCommitted, staleGeneratedFiles } from "./generatedFiles.js";
import { inRoot } from "./schemaPaths.js";
import { sourcesFromCode, sourcesFromDirectory } from "./subgraphSources.js";

/** Writes the files under `options.root`, saying what it did; 1 when composition or a contract fails, else 0. */
export async function writeSchemaFiles(
  options: Pick<SchemaRunOptions, "root" | "subgraphsDir" | "today">,
  io: CommandIo,
): Promise<number> {
  const sources = options.subgraphsDir ? sourcesFromDirectory(options.subgraphsDir) : await sourcesFromCode();
  const artifacts = await generateArtifacts(sources, options.root, options.today);

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
