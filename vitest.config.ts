import { createRequire } from "node:module";
import { configDefaults, defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * Files that must run alone: `npm run build` (tests/deploy/support/productionBuild.ts) deletes and rewrites dist/,
 * where every federation's gateway serves the playground from.
 */
const ALONE = ["tests/deploy/production.test.ts", "tests/deploy/config.test.ts"];

// Suites start real processes (subgraphs, gateway, a browser), and most of a file's time is spent in them: starting
// (tsx loading modules, one core each) or answering. Two files at a time keep both cores of a 2-core machine busy
// where one file at a time left one idle; ports are picked free per file, so files do not collide.
export default defineConfig({
  resolve: {
    // One graphql-js instance, as under plain Node: Vite would pick graphql's ESM build for our sources while Apollo
    // and graphql-armor require its CommonJS build, and graphql-js refuses schemas from "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ["tests/support/setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "parallel",
          // The playground bundle built (when stale) before files run side by side; scratch space the files share.
          globalSetup: ["tests/support/globalSetup.ts"],
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...ALONE],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: "alone", include: ALONE, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
