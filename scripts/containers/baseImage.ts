/**
 * The image the Dockerfile's FROM names, made available to the engine: already there, pulled, or — where no registry
 * can be reached — a stand-in built from Debian and this machine's own Node: `debootstrap --variant=minbase` of the
 * same Debian release, the node binary, npm and Node's headers under /usr/local (npm's `nodedir`, so node-gyp never
 * downloads headers), a `node` user with uid 1000, imported under the FROM tag. The root filesystem is cached as a
 * tarball, so later runs only import it.
 */
import {
  appendFileSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ensurePrograms } from "./aptPackages.js";
import { containersCacheDir } from "./cacheDir.js";
import { log, run, seconds } from "./command.js";

const DEBIAN_MIRROR = "http://deb.debian.org/debian";
/** Bump when the recipe below changes, so cached root filesystems are rebuilt. */
const RECIPE_VERSION = 1;
const PULL_TIMEOUT_MS = 120_000;

/** `node:20.20.2-bookworm-slim` → its Node version and Debian release. */
export function parseNodeImage(tag: string): { nodeVersion: string; debianRelease: string } {
  const match = /^node:(\d+\.\d+\.\d+)-([a-z]+)(?:-slim)?(?:@sha256:[0-9a-f]{64})?$/.exec(tag);
  if (!match) throw new Error(`cannot build a stand-in for ${tag}: expected node:<version>-<debian release>[-slim]`);
  return { nodeVersion: match[1] as string, debianRelease: match[2] as string };
}

/** Where this machine's Node keeps npm and its headers (a /usr or /usr/local style prefix). */
function nodePrefix(): string {
  return dirname(dirname(process.execPath));
}

/** Builds the stand-in's root filesystem and writes it as an uncompressed tarball at `tarball`. */
async function buildRootfs(debianRelease: string, tarball: string): Promise<void> {
  await ensurePrograms(["debootstrap"]);
  const work = mkdtempSync(join(tmpdir(), "node-base-rootfs-"));
  const rootfs = join(work, "rootfs");
  try {
    log(
      `debootstrap --variant=minbase ${debianRelease} (Debian's mirror), then this machine's Node ${process.version}`,
    );
    await run("debootstrap", ["--variant=minbase", debianRelease, rootfs, DEBIAN_MIRROR]);
    const prefix = nodePrefix();
    const local = join(rootfs, "usr", "local");
    mkdirSync(join(local, "bin"), { recursive: true });
    cpSync(process.execPath, join(local, "bin", "node"));
    cpSync(join(prefix, "lib", "node_modules", "npm"), join(local, "lib", "node_modules", "npm"), { recursive: true });
    symlinkSync("../lib/node_modules/npm/bin/npm-cli.js", join(local, "bin", "npm"));
    symlinkSync("../lib/node_modules/npm/bin/npx-cli.js", join(local, "bin", "npx"));
    cpSync(join(prefix, "include", "node"), join(local, "include", "node"), { recursive: true });
    mkdirSync(join(local, "etc"), { recursive: true });
    writeFileSync(join(local, "etc", "npmrc"), "nodedir=/usr/local\n");
    appendFileSync(join(rootfs, "etc", "group"), "node:x:1000:\n");
    appendFileSync(join(rootfs, "etc", "passwd"), "node:x:1000:1000::/home/node:/bin/bash\n");
    mkdirSync(join(rootfs, "home", "node"));
    chownSync(join(rootfs, "home", "node"), 1000, 1000);
    for (const cache of [join(rootfs, "var", "cache", "apt", "archives"), join(rootfs, "var", "lib", "apt", "lists")]) {
      for (const entry of readdirSync(cache)) rmSync(join(cache, entry), { recursive: true, force: true });
    }
    mkdirSync(dirname(tarball), { recursive: true });
    const partial = `${tarball}.partial`;
    await run("tar", ["--numeric-owner", "-C", rootfs, "-cf", partial, "."]);
    renameSync(partial, tarball); // a run killed mid-write never leaves a cache entry that looks complete
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Makes `tag` available to the engine at `env.DOCKER_HOST`; returns how. */
export async function ensureBaseImage(tag: string, env: NodeJS.ProcessEnv): Promise<string> {
  if ((await run("docker", ["image", "inspect", tag], { env, allowFailure: true })).code === 0) {
    return `${tag} is already in the engine`;
  }
  const pull = await run("docker", ["pull", tag], { env, allowFailure: true, timeoutMs: PULL_TIMEOUT_MS });
  if (pull.code === 0) return `${tag} pulled`;
  log(`cannot pull ${tag} (${pull.output.trim().split("\n").at(-1)}): using a local stand-in`);
  const { nodeVersion, debianRelease } = parseNodeImage(tag);
  if (process.versions.node.split(".")[0] !== nodeVersion.split(".")[0]) {
    throw new Error(`the stand-in for ${tag} would carry this machine's Node ${process.version}: a different major`);
  }
  const tarball = join(
    containersCacheDir(),
    `rootfs-${debianRelease}-node${process.versions.node}-r${RECIPE_VERSION}.tar`,
  );
  let how = `stand-in imported from the cached ${tarball}`;
  if (!existsSync(tarball)) {
    const started = Date.now();
    await buildRootfs(debianRelease, tarball);
    how = `stand-in built in ${seconds(started)} (cached at ${tarball})`;
  }
  await run(
    "docker",
    [
      "import",
      "--change",
      "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "--change",
      'CMD ["node"]',
      tarball,
      tag,
    ],
    { env },
  );
  return `${how}; Node ${process.version} stands in for ${nodeVersion}`;
}
