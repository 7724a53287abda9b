import { defineConfig } from "vitest/config";

// Suites start real processes (subgraphs, gateway, a browser); running files one at a time keeps
// ports, CPU and memory predictable on a 2-core machine.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ["tests/support/setup.ts"],
  },
});
