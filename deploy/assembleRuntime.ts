/** CLI: `node dist/deploy/assembleRuntime.js <target>` copies the production file set there (Docker build stage). */
import { resolve } from "node:path";
import { projectRoot } from "../platform/projectRoot.js";
import { assembleRuntime } from "./runtimeFiles.js";

const target = process.argv[2];
if (!target) {
  console.error("usage: node dist/deploy/assembleRuntime.js <target-directory>");
  process.exit(2);
}
const files = assembleRuntime(projectRoot(), resolve(target));
console.log(`assembled ${files.length} files into ${resolve(target)}`);
