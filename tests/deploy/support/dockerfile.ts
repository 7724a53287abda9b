/** A small Dockerfile reader: instructions (continuations joined, comments dropped) grouped by build stage. */
import { readFileSync } from "node:fs";
import { fromProjectRoot } from "../../../platform/projectRoot.js";

export const DOCKERFILE_PATH = fromProjectRoot("Dockerfile");

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  name: string | undefined;
  from: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  /** ARGs declared before the first FROM (usable in FROM lines). */
  globalArgs: Record<string, string>;
  stages: Stage[];
}

export function parseDockerfile(text = readFileSync(DOCKERFILE_PATH, "utf8")): Dockerfile {
  const instructions: Instruction[] = [];
  let pending: { text: string; line: number } | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!pending && (line.trim() === "" || line.trim().startsWith("#"))) return;
    if (pending && line.trim().startsWith("#")) return; // comments inside a continuation are dropped
    const continued = line.endsWith("\\");
    const part = continued ? line.slice(0, -1) : line;
    pending = pending
      ? { text: `${pending.text} ${part.trim()}`, line: pending.line }
      : { text: part, line: index + 1 };
    if (!continued) {
      const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(pending.text);
      if (!match) throw new Error(`Dockerfile line ${pending.line}: cannot parse "${pending.text}"`);
      instructions.push({
        keyword: (match[1] as string).toUpperCase(),
        args: (match[2] as string).trim(),
        line: pending.line,
      });
      pending = undefined;
    }
  });
  if (pending) throw new Error(`Dockerfile line ${pending.line}: continuation never ends`);

  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") {
      const match = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args);
      if (!match) throw new Error(`Dockerfile line ${instruction.line}: malformed FROM`);
      const from = (match[1] as string).replace(
        /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g,
        (_, name) => globalArgs[name] ?? "",
      );
      stages.push({ name: match[2], from, instructions: [] });
    } else if (stages.length === 0) {
      if (instruction.keyword !== "ARG") throw new Error(`Dockerfile line ${instruction.line}: only ARG before FROM`);
      const [name, value = ""] = instruction.args.split("=", 2);
      globalArgs[name as string] = value;
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { globalArgs, stages };
}

/** `KEY=value KEY2="value 2"` pairs of an ENV instruction. */
export function envPairs(args: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|\S*)/g)) {
    const value = match[2] as string;
    pairs[match[1] as string] = value.startsWith('"') ? (JSON.parse(value) as string) : value;
  }
  return pairs;
}

/** Environment a container of `stage` starts with: every ENV of that stage and the stages it builds on. */
export function stageEnv(dockerfile: Dockerfile, stageName: string): Record<string, string> {
  const stage = dockerfile.stages.find((candidate) => candidate.name === stageName);
  if (!stage) throw new Error(`no stage ${stageName}`);
  const parent = dockerfile.stages.find((candidate) => candidate.name === stage.from);
  const inherited = parent?.name ? stageEnv(dockerfile, parent.name) : {};
  const own = stage.instructions.filter((i) => i.keyword === "ENV").map((i) => envPairs(i.args));
  return Object.assign(inherited, ...own);
}
