#!/usr/bin/env bash
# Sends a ticket to Orderlens' generic webhook, signed as Orderlens expects:
#   X-Orderlens-Timestamp: <unix seconds>
#   X-Orderlens-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
# Usage: [EVENT_ID=…] scripts/send-ticket.sh [ticket.json] [base-url]
# "__EVENT_ID__" in the body becomes $EVENT_ID, or a fresh id: send twice with the same EVENT_ID
# to see that a redelivered event is answered from storage, not enriched again.
# The secret comes from ORDERLENS_WEBHOOK_SECRET, or from ~/.orderlens/dev.env written by the dev server.
set -euo pipefail
body_file="${1:-$(dirname "$0")/sample-ticket.json}"
base="${2:-http://127.0.0.1:8080}"
if [ -z "${ORDERLENS_WEBHOOK_SECRET:-}" ] && [ -f "$HOME/.orderlens/dev.env" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.orderlens/dev.env"
fi
: "${ORDERLENS_WEBHOOK_SECRET:?set ORDERLENS_WEBHOOK_SECRET (or run the dev server once)}"
event_id="${EVENT_ID:-demo-$(date +%s)-$RANDOM}"
body=$(sed "s/__EVENT_ID__/${event_id}/" "$body_file")
timestamp=$(date +%s)
signature=$( { printf '%s.' "$timestamp"; printf '%s' "$body"; } \
  | openssl dgst -sha256 -hmac "$ORDERLENS_WEBHOOK_SECRET" -r | cut -d' ' -f1)
curl -sS -X POST "$base/api/v1/webhooks/generic" \
  -H 'Content-Type: application/json' \
  -H "X-Orderlens-Timestamp: $timestamp" \
  -H "X-Orderlens-Signature: sha256=$signature" \
  --data-binary "$body"
echo
