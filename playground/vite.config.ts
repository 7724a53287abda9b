/** Builds the GraphiQL playground into static assets the gateway serves (dist/playground, under /playground/). */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/playground/",
  logLevel: "warn",
  oxc: { jsx: { runtime: "automatic" } },
  worker: { format: "es" },
  build: {
    outDir: fileURLToPath(new URL("../dist/playground", import.meta.url)),
    emptyOutDir: true,
    // GraphiQL + Monaco is several MB by nature; the gateway serves it from the same host.
    chunkSizeWarningLimit: 8_000,
    sourcemap: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // framer-motion's "use client" markers mean nothing in a client-only bundle.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
