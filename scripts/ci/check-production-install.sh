#!/usr/bin/env bash
# After the tests, on the same checkout: install as production does (no dev dependencies) and start
# the portal on an empty database with production settings. `npm start` must migrate, seed the
# reference data and answer the readiness check — with nothing from devDependencies.
set -euo pipefail
cd "$(dirname "$0")/../.."

npm ci --omit=dev --no-audit --no-fund
database="$(mktemp -d)/portal.db"
port=3990
PORT=$port DATABASE_URL="file:$database" PORTAL_DEMO=false \
  NEXTAUTH_URL="https://dautu.example.gov.vn" NEXTAUTH_SECRET="$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')" \
  npm start > /tmp/production-install.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/api/ready" > /dev/null; then
    curl -sf "http://127.0.0.1:$port/api/projects" > /dev/null
    echo "Cài đặt production (npm ci --omit=dev && npm start): đã migrate và sẵn sàng."
    exit 0
  fi
  sleep 1
done
echo "Cài đặt production không khởi động được:" >&2
cat /tmp/production-install.log >&2
exit 1
