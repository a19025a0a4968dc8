#!/usr/bin/env bash
# The one test command (README: `npm test`): typecheck, lint, then every jest project.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/preflight.mjs test
echo "== typecheck" && npm run -s typecheck
echo "== lint" && npm run -s lint
echo "== jest" && npx jest --ci
