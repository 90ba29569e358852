#!/usr/bin/env bash
# Runs the shared crash-no-loss drill (kill -9 under a 30/s Zammad stream) against a stand-in helpdesk
# that lists a ticket's articles as Zammad does (helpdesk-standin.py), instead of the drills' own
# stand-in, which cannot say whether a note already arrived. Run from the project root, with the
# drills at ../shared/drills (or DRILLS=...). Prints the drill's figure last.
set -uo pipefail
cd "$(dirname "$0")/../.."
DRILLS=${DRILLS:-../shared/drills}
STATE=${OL_STATE:-${TMPDIR:-/tmp}/orderlens-drills}
ALL=1 "$DRILLS/lib/down.sh" >/dev/null 2>&1
mkdir -p "$STATE"
rm -f "$STATE/capture.jsonl"
python3 scripts/drills/helpdesk-standin.py 18099 "$STATE/capture.jsonl" >"$STATE/capture.log" 2>&1 &
standin=$!
echo $standin >"$STATE/capture.pid"
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18099/ping && break; sleep 0.1; done
OL_FRESH_DB=1 "$DRILLS/crash-no-loss"
rc=$?
ALL=1 "$DRILLS/lib/down.sh" >/dev/null 2>&1
kill "$standin" 2>/dev/null
exit $rc
