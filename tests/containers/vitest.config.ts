/**
 * Only for `npm run test:containers`, which prepares the engine and the image first: its files are named
 * `*.containers.ts` so that `npm test` (tests/**\/*.test.ts) never collects them.
 */
import { defineConfig } from "vitest/config";
import base from "../../vitest.config.js";

// Not the base's projects: each of those names its own files (every *.test.ts), which would run instead of these.
const { projects: _suiteProjects, ...shared } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...shared,
    include: ["tests/containers/**/*.containers.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
