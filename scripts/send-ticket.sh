#!/usr/bin/env bash
# Sends a ticket to Orderlens' generic webhook, signed as Orderlens expects:
#   X-Orderlens-Timestamp: <unix seconds>
#   X-Orderlens-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
# Usage: scripts/send-ticket.sh [ticket.json] [base-url]
# The secret comes from ORDERLENS_WEBHOOK_SECRET, or from ~/.orderlens/dev.env written by the dev server.
set -euo pipefail
body_file="${1:-$(dirname "$0")/sample-ticket.json}"
base="${2:-http://127.0.0.1:8080}"
if [ -z "${ORDERLENS_WEBHOOK_SECRET:-}" ] && [ -f "$HOME/.orderlens/dev.env" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.orderlens/dev.env"
fi
: "${ORDERLENS_WEBHOOK_SECRET:?set ORDERLENS_WEBHOOK_SECRET (or run the dev server once)}"
timestamp=$(date +%s)
signature=$( { printf '%s.' "$timestamp"; cat "$body_file"; } \
  | openssl dgst -sha256 -hmac "$ORDERLENS_WEBHOOK_SECRET" -r | cut -d' ' -f1)
curl -sS -X POST "$base/api/v1/webhooks/generic" \
  -H 'Content-Type: application/json' \
  -H "X-Orderlens-Timestamp: $timestamp" \
  -H "X-Orderlens-Signature: sha256=$signature" \
  --data-binary "@$body_file"
echo
