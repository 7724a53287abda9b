#!/usr/bin/env bash
# The CI steps once the machine has its system packages: run by .ci/run and by .github/workflows/ci.yml alike,
# so what a local CI run and a GitHub workflow check cannot drift apart.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
npm test
# Builds the image and runs the compose topology (a private dockerd when no engine runs; skipped, and says so, when
# none can be had).
npm run test:containers
# In a GitHub workflow, findings become annotations on the changed lines (the Markdown report goes to the job
# summary by itself); elsewhere the readable text report.
if [ -n "${GITHUB_ACTIONS:-}" ]; then format=github; else format=text; fi
npm run schema:check -- --format "$format"
