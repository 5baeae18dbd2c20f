#!/usr/bin/env bash
# Starts W/LINK from this bundle: Payara Micro serving ROOT.war at the root path.
# The run configuration lives here; application settings are WLINK_* environment variables.
#   WLINK_PORT        HTTP port (8080)
#   WLINK_HEAP        maximum heap (512m)
#   WLINK_ROOTDIR     Payara Micro's working directory (a folder beside this script)
#   WLINK_CLUSTER     "true" to join a Payara data grid instead of running alone
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

port="${WLINK_PORT:-8080}"
# Mailed links must point at this server unless told otherwise.
export WLINK_BASE_URL="${WLINK_BASE_URL:-http://localhost:$port}"
heap="${WLINK_HEAP:-512m}"
rootdir="${WLINK_ROOTDIR:-$here/payara-root}"
cluster_option="--nocluster"
[ "${WLINK_CLUSTER:-false}" = "true" ] && cluster_option=""

jvm_options=(
  "-Xmx$heap"
  -Duser.language=ja
  -Dfile.encoding=UTF-8
  -Djava.io.tmpdir="$rootdir/tmp"
)
# Payara Micro redeploys what the root folder still holds before --deploy; an older build left
# there would start first and migrate the database ahead of this one, so only ROOT.war may run.
rm -rf "$rootdir/applications" "$rootdir/generated"
mkdir -p "$rootdir/tmp"

exec java "${jvm_options[@]}" -jar "$here/payara-micro.jar" \
  --deploy "$here/ROOT.war" --contextroot / \
  --port "$port" $cluster_option --rootdir "$rootdir"
