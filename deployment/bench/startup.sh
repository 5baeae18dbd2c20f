#!/usr/bin/env bash
# Measures W/LINK's start-up time and resident memory from the built bundle.
#   ./mvnw -q -DskipTests package && bash deployment/bench/startup.sh [runs]
# Each run starts deployment/target/wlink/start.sh on a free port with its own H2 database,
# times until /register.xhtml answers, loads a few pages, reads the server's RSS and stops it.
# The first run also migrates an empty database and seeds the demo; later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
bundle=deployment/target/wlink
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
trap 'pkill -f "$work" || true; rm -rf "$work"' EXIT

for run in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  (cd "$work" && WLINK_PORT=$port WLINK_ROOTDIR="$work/payara" \
    bash "$OLDPWD/$bundle/start.sh" > "$work/run$run.log" 2>&1 &)
  until curl -sf -o /dev/null "http://localhost:$port/register.xhtml"; do
    sleep 0.25
    if [ "$(echo "$(date +%s.%N) - $start > 300" | bc)" = 1 ]; then
      echo "run $run: not serving after 300 s; see $work/run$run.log" >&2; exit 1
    fi
  done
  serving=$(echo "$(date +%s.%N) - $start" | bc)
  for page in / /login.xhtml /register.xhtml /forgot-password.xhtml; do
    curl -s -o /dev/null "http://localhost:$port$page"
  done
  sleep 2
  pid=$(pgrep -f "$work/payara" | head -1)
  rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}')
  printf 'run %d: serving pages after %.1f s, RSS %s MB\n' "$run" "$serving" "$rss"
  pkill -f "$work/payara"
  while pgrep -f "$work/payara" > /dev/null; do sleep 0.5; done
done
