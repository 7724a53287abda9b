import { createRequire } from "node:module";
import { configDefaults, defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * Files that run `npm run build`'s output (dist/). Their project builds it in its global setup, before any file of the
 * run starts (the build deletes and rewrites dist/, where every federation's gateway serves the playground from), and
 * only when one of them is part of the run. Projects of one group run their files in the order of their names: these
 * long files start first, the short ones of "shared-federation" come last.
 */
const PRODUCTION_BUILD_USERS = ["tests/deploy/production.test.ts", "tests/deploy/config.test.ts"];
/**
 * Files that only query the default federation: their project starts one for the whole run (and only when one of them
 * is part of it) instead of four processes per file. See tests/support/sharedFederation.ts.
 */
const SHARED_FEDERATION_USERS = [
  "tests/api/factsAndNodes.test.ts",
  "tests/api/filtersAndOrders.test.ts",
  "tests/bench/scenarios.test.ts",
  "tests/browser/playground.test.ts",
  "tests/clients/clients.test.ts",
  "tests/gateway/httpConformance.test.ts",
  "tests/hardening/listCost.test.ts",
  "tests/schema/registeredOperations.test.ts",
];

// Suites start real processes (subgraphs, gateway, a browser), and most of a file's time is spent in them: starting
// (tsx loading modules, one core each) or answering. Two files at a time keep both cores of a 2-core machine busy
// where one file at a time left one idle; ports are picked free per file, so files do not collide.
export default defineConfig({
  // Outside node_modules, so that `npm ci` keeps vitest's record of each file's duration: a run starts the longest
  // files first, and the short ones fill the end, when it knows them.
  cacheDir: ".vitest-cache",
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
          name: "build-output",
          globalSetup: ["tests/support/productionBuildSetup.ts"],
          include: PRODUCTION_BUILD_USERS,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: "shared-federation",
          globalSetup: ["tests/support/sharedFederationSetup.ts"],
          include: SHARED_FEDERATION_USERS,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: "parallel",
          // The playground bundle built (when stale) before files run side by side; scratch space the files share.
          globalSetup: ["tests/support/globalSetup.ts"],
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...PRODUCTION_BUILD_USERS, ...SHARED_FEDERATION_USERS],
          maxWorkers: 2,
        },
      },
    ],
  },
});
