/** The Dockerfile and its build context, checked statically (no Docker engine here): stages, pins, user, probes. */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { loadCompose } from "./support/composeFile.js";
import { parseDockerfile, type Stage, stageEnv } from "./support/dockerfile.js";
import { dockerignore } from "./support/dockerignore.js";

const dockerfile = parseDockerfile();
const ignored = dockerignore();
const packageJson = JSON.parse(readFileSync(fromProjectRoot("package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

function stage(name: string): Stage {
  const found = dockerfile.stages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`Dockerfile has no stage ${name}`);
  return found;
}

/** The stage and every stage it is built FROM, nearest first. */
function lineage(name: string): Stage[] {
  const own = stage(name);
  const parent = dockerfile.stages.find((candidate) => candidate.name === own.from);
  return parent?.name ? [own, ...lineage(parent.name)] : [own];
}

function runs(name: string): string[] {
  return stage(name)
    .instructions.filter((instruction) => instruction.keyword === "RUN")
    .map((instruction) => instruction.args);
}

function execForm(args: string): string[] {
  const parsed = JSON.parse(args) as unknown;
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === "string"))
    throw new Error(`not exec form: ${args}`);
  return parsed;
}

describe("Dockerfile", () => {
  const runtime = dockerfile.stages.at(-1) as Stage;

  it("starts every stage from one pinned Node 20 LTS image", () => {
    const root = lineage("runtime").at(-1) as Stage;
    expect(root.from).toMatch(/^node:20\.\d+\.\d+-(bookworm|bullseye)-slim(@sha256:[0-9a-f]{64})?$/);
    for (const each of dockerfile.stages) expect(lineage(each.name as string).at(-1)?.from, each.name).toBe(root.from);
  });

  it("builds with every dependency, and installs production dependencies on their own with a native toolchain", () => {
    expect(runs("build").join("\n")).toMatch(/ npm ci --ignore-scripts$/m);
    expect(runs("build").join("\n")).toContain("npm run build");
    expect(packageJson.scripts.build).toContain("tsc -p tsconfig.build.json");
    expect(runs("build").join("\n")).toContain("node dist/deploy/assembleRuntime.js /runtime");
    expect(runs("prod-deps").join("\n")).toContain("npm ci --omit=dev --ignore-scripts");
    const toolchain = lineage("prod-deps")
      .flatMap((each) => each.instructions.map((i) => i.args))
      .join("\n");
    for (const tool of ["python3", "make", "g++"]) expect(toolchain).toContain(tool);
  });

  it("runs no install script but rebuilds the one native module, keeping only its loadable binary", () => {
    const installs = dockerfile.stages
      .flatMap((each) => each.instructions.map((i) => i.args))
      .filter((args) => /npm ci/.test(args));
    for (const install of installs) expect(install).toContain("--ignore-scripts");
    const prodDeps = runs("prod-deps").join("\n");
    expect(prodDeps).toContain("npm rebuild better-sqlite3");
    expect(prodDeps).toMatch(/rm -rf build deps src/);
    expect(prodDeps).toContain("build/Release/better_sqlite3.node");
  });

  it("gives npm an optional CA bundle as a BuildKit secret, which no layer or later stage keeps", () => {
    const installs = dockerfile.stages.flatMap((each) => each.instructions).filter((i) => /npm ci/.test(i.args));
    expect(installs.length).toBeGreaterThan(0);
    for (const install of installs) {
      expect(install.args).toMatch(/^--mount=type=secret,id=npm_ca /);
      expect(install.args).toContain("export NODE_EXTRA_CA_CERTS=/run/secrets/npm_ca");
    }
    const everything = dockerfile.stages.flatMap((each) => each.instructions.map((i) => `${i.keyword} ${i.args}`));
    expect(everything.filter((line) => /^(ARG|ENV|COPY)\b.*(CA|CERT)/i.test(line))).toEqual([]);
  });

  it("ships a runtime stage without compilers, dev dependencies or TypeScript tooling", () => {
    expect(runtime.name).toBe("runtime");
    const everything = lineage("runtime").flatMap((each) => each.instructions.map((i) => `${i.keyword} ${i.args}`));
    expect(everything.join("\n")).not.toMatch(/apt-get install|g\+\+|tsx|npm ci(?! --omit=dev)/);
    const copies = runtime.instructions.filter((i) => i.keyword === "COPY").map((i) => i.args);
    expect(copies).toEqual(["--from=prod-deps /app/node_modules ./node_modules", "--from=build /runtime ./"]);
  });

  it("runs as a non-root user in production mode, listening on every interface", () => {
    const users = runtime.instructions.filter((i) => i.keyword === "USER").map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:.*)?$/);
    expect(stageEnv(dockerfile, "runtime")).toMatchObject({
      NODE_ENV: "production",
      HOST: "0.0.0.0",
      APOLLO_TELEMETRY_DISABLED: "1",
    });
  });

  it("probes health with node itself and starts node as PID 1 in exec form", () => {
    const healthcheck = runtime.instructions.find((i) => i.keyword === "HEALTHCHECK")?.args ?? "";
    const [options, command] = healthcheck.split(/\s+CMD\s+/);
    expect(options).toMatch(/--interval=\d+s/);
    expect(options).toMatch(/--timeout=\d+s/);
    expect(options).toMatch(/--start-period=\d+s/);
    expect(execForm(command ?? "")).toEqual(["node", "dist/deploy/healthcheck.js"]);
    const cmd = execForm(runtime.instructions.findLast((i) => i.keyword === "CMD")?.args ?? "");
    expect(cmd).toEqual(["node", "dist/gateway/main.js"]);
    expect(runtime.instructions.some((i) => i.keyword === "ENTRYPOINT")).toBe(false);
  });

  it("has every entry point compose runs compiled from a source the build includes", () => {
    const compose = loadCompose({ GATEWAY_SHARED_SECRETS: "x".repeat(32) });
    const build = JSON.parse(readFileSync(fromProjectRoot("tsconfig.build.json"), "utf8")) as { include: string[] };
    const entries = Object.values(compose.services).flatMap((svc) =>
      svc.command?.[0] === "node" ? [svc.command[1]] : [],
    );
    for (const entry of [...entries, "dist/deploy/healthcheck.js", "dist/deploy/assembleRuntime.js"]) {
      const source = (entry as string).replace(/^dist\//, "").replace(/\.js$/, ".ts");
      expect(existsSync(fromProjectRoot(source)), source).toBe(true);
      expect(build.include, source).toContain(source.split("/")[0]);
    }
  });
});

describe(".dockerignore", () => {
  it("keeps local state out of the build context", () => {
    for (const path of [
      "node_modules",
      "node_modules/x/index.js",
      "dist/gateway/main.js",
      ".git/HEAD",
      ".env",
      "data.db",
      "subgraphs/x.db",
      ".vitest-cache/vitest/results.json",
    ]) {
      expect(ignored(path), path).toBe(true);
    }
  });

  it("keeps everything the build stage needs, including every file the Dockerfile copies from the context", () => {
    const needed = [
      "package.json",
      "package-lock.json",
      "tsconfig.json",
      "tsconfig.build.json",
      "sources/china-latin-america-cooperation.txt",
      "schema/supergraph.graphql",
      "gateway/main.ts",
      "subgraphs/diplomacy/main.ts",
      "subgraphs/diplomacy/data/countries.yaml",
      "platform/env.ts",
      "deploy/runtimeFiles.ts",
      "playground/vite.config.ts",
      ".env.example",
    ];
    const copied = dockerfile.stages
      .flatMap((each) => each.instructions)
      .filter((i) => i.keyword === "COPY" && !i.args.startsWith("--from"))
      .flatMap((i) =>
        i.args
          .split(/\s+/)
          .filter((part) => !part.startsWith("--"))
          .slice(0, -1),
      )
      .filter((path) => path !== ".");
    for (const path of [...needed, ...copied]) {
      expect(existsSync(fromProjectRoot(path)), path).toBe(true);
      expect(ignored(path), path).toBe(false);
    }
  });
});
