/** Installs missing programs from Debian packages (root only): the engine, compose and debootstrap. */
import { log, run, succeeds } from "./command.js";

/** The Debian package that provides each program this test may need. */
const PACKAGE_OF: Record<string, string> = {
  docker: "docker.io",
  dockerd: "docker.io",
  "docker-compose": "docker-compose",
  debootstrap: "debootstrap",
};

export function hasProgram(program: string): boolean {
  return succeeds("sh", ["-c", `command -v ${program}`]);
}

export function canInstallPackages(): boolean {
  return process.getuid?.() === 0 && hasProgram("apt-get");
}

/** Installs the packages of whichever `programs` are not on PATH yet. */
export async function ensurePrograms(programs: readonly string[]): Promise<void> {
  const packages = [...new Set(programs.filter((p) => !hasProgram(p)).map((p) => PACKAGE_OF[p] ?? p))];
  if (packages.length === 0) return;
  if (!canInstallPackages())
    throw new Error(`missing ${packages.join(", ")} and cannot install them (needs root + apt)`);
  log(`installing ${packages.join(", ")} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-qq"], { env });
  await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { env });
}
