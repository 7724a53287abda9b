# One image for every service: the three subgraphs, the gateway and the router's signing sidecar all run from the
# same compiled code and the same production node_modules; docker-compose.yml picks each container's command.
# Classic-builder compatible (no RUN --mount), so `docker build .` works with or without BuildKit.

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- base: the pinned Node 20 LTS image every stage starts from
FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# ---- toolchain: compilers for better-sqlite3 when no prebuilt binary matches this platform
FROM base AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

# ---- build: every dependency, TypeScript -> dist/, playground assets, then the production file set in /runtime
FROM toolchain AS build
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build \
 && node dist/deploy/assembleRuntime.js /runtime

# ---- prod-deps: production dependencies only, native modules built for this base image
FROM toolchain AS prod-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev \
 && npm cache clean --force

# ---- runtime: no compilers, no dev dependencies, no TypeScript; files owned by root, process runs as `node`
FROM base AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    APOLLO_TELEMETRY_DISABLED=1
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /runtime ./
# The base image's `node` user, by number so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 4000 4001 4002 4003
# Probes the gateway's readiness by default; compose passes each service its own URL (or set HEALTHCHECK_URL).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/deploy/healthcheck.js"]
# Exec form: node is PID 1 and receives SIGTERM itself; every service drains and exits 0 (platform/shutdown.ts).
STOPSIGNAL SIGTERM
CMD ["node", "dist/gateway/main.js"]
