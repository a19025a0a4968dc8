#!/usr/bin/env bash
# The one test command (README: `npm test`): typecheck, lint, then every jest project.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/preflight.mjs test
echo "== typecheck" && npm run -s typecheck
echo "== lint" && npm run -s lint
echo "== jest" && npx jest --ci
# The headless WeChat suite (miniapp/weapp-test): one weapp production build and the local stack
# on free ports (its globalSetup), the real dist/weapp in a vm with WeChat's globals only.
echo "== weapp"
npx tsc -p miniapp/weapp-test --noEmit
npx jest -c miniapp/weapp-test/jest.config.js --ci --runInBand
# Browser tests (miniapp/e2e): one H5 production build, the local stack on free ports, Chromium.
# SKIP_BROWSER_TESTS=1 leaves them out (preflight then skips the Chromium/CJK checks too).
if [ "${SKIP_BROWSER_TESTS:-0}" = "1" ]; then
  echo "== e2e skipped (SKIP_BROWSER_TESTS=1)"
else
  echo "== e2e"
  npx tsc -p miniapp/e2e --noEmit
  npx jest -c miniapp/e2e/jest.config.js --ci --runInBand
fi
