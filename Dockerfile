# One image for every service: the three subgraphs, the gateway and the router's signing sidecar all run from the
# same compiled code and the same production node_modules; docker-compose.yml picks each container's command.
#
#   DOCKER_BUILDKIT=1 docker build --network=host -t china-latam-federation:local .
#   ... --secret id=npm_ca,src=/etc/ssl/certs/ca-certificates.crt    # behind a TLS-re-signing proxy
#
# Needs BuildKit (the default builder since Docker 23): the optional `npm_ca` secret is an extra CA bundle for npm,
# mounted only while `npm ci` runs, so it is in no layer, no history and no final image.

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- base: the pinned Node 20 LTS image every stage starts from
FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# ---- build: every dependency, TypeScript -> dist/, playground assets, then the production file set in /runtime.
# Install scripts are skipped: nothing the build runs (tsc, vite) needs a native module.
FROM base AS build
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_ca \
    if [ -s /run/secrets/npm_ca ]; then export NODE_EXTRA_CA_CERTS=/run/secrets/npm_ca; fi \
 && npm ci --ignore-scripts
COPY . .
RUN npm run build \
 && node dist/deploy/assembleRuntime.js /runtime

# ---- prod-deps: production dependencies only. npm does not apply package.json's allowScripts here, so every install
# script is skipped and the one native module is rebuilt by name (a prebuilt binary, or compiled with the toolchain
# when none can be fetched); then only its loadable .node file is kept.
FROM base AS prod-deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_ca \
    if [ -s /run/secrets/npm_ca ]; then export NODE_EXTRA_CA_CERTS=/run/secrets/npm_ca; fi \
 && npm ci --omit=dev --ignore-scripts \
 && JOBS=max npm rebuild better-sqlite3 \
 && cd node_modules/better-sqlite3 \
 && mv build/Release/better_sqlite3.node /tmp/ \
 && rm -rf build deps src \
 && mkdir -p build/Release && mv /tmp/better_sqlite3.node build/Release/ \
 && cd /app \
 && npm cache clean --force

# ---- runtime: no compilers, no dev dependencies, no TypeScript; files owned by root, process runs as `node`
FROM base AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    APOLLO_TELEMETRY_DISABLED=1 \
    GATEWAY_METRICS_PORT=9464 \
    DIPLOMACY_METRICS_PORT=9464 \
    INFRASTRUCTURE_METRICS_PORT=9464 \
    FINANCE_METRICS_PORT=9464 \
    ROUTER_SIGNER_METRICS_PORT=9464
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /runtime ./
# The base image's `node` user, by number so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
# 9464: Prometheus /metrics of whichever service the container runs (internal only: compose never publishes it).
EXPOSE 4000 4001 4002 4003 9464
# Probes the gateway's readiness by default; compose passes each service its own URL (or set HEALTHCHECK_URL).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/deploy/healthcheck.js"]
# Exec form: node is PID 1 and receives SIGTERM itself; every service drains and exits 0 (platform/shutdown.ts).
STOPSIGNAL SIGTERM
CMD ["node", "dist/gateway/main.js"]
