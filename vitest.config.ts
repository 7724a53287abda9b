import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// Suites start real processes (subgraphs, gateway, a browser); running files one at a time keeps
// ports, CPU and memory predictable on a 2-core machine.
export default defineConfig({
  resolve: {
    // One graphql-js instance, as under plain Node: Vite would pick graphql's ESM build for our sources while Apollo
    // and graphql-armor require its CommonJS build, and graphql-js refuses schemas from "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ["tests/support/setup.ts"],
  },
});
