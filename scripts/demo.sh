#!/usr/bin/env bash
# README command 1: the main job, end to end, from a fresh clone.
#   builds the worker, the TileDB Cloud emulator and the CLI; starts Azurite (from node_modules, in-memory, free
#   loopback ports), the emulator and the worker (AzureStorage backend on Azurite, a random API key for this run);
#   runs the sample onboarding plan with live progress; prints the report; stops everything it started.
#
#   bash scripts/demo.sh [--in-memory] [--tiledb-host URL --tiledb-token-env VAR] [--plan FILE] [--keep-logs]
#
#   --in-memory            the worker's InMemory backend: no Azurite, no Node needed; state is lost at exit
#   --tiledb-host URL      a real TileDB Cloud (e.g. https://api.tiledb.com) instead of the emulator
#   --tiledb-token-env VAR the environment variable holding the TileDB API token (read, never printed)
#   --plan FILE            another onboarding plan (default samples/onboarding.json; its namespace must be yours
#                          on a real TileDB Cloud)
#   --keep-logs            keep the run's logs folder (it is kept anyway when something fails)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

in_memory=false
tiledb_host=""
token_env=""
plan="samples/onboarding.json"
keep_logs=false

die() { echo "demo: error: $*" >&2; exit 1; }
say() { echo "demo: $*"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --in-memory) in_memory=true ;;
    --tiledb-host) [ $# -ge 2 ] || die "--tiledb-host needs a URL"; tiledb_host="$2"; shift ;;
    --tiledb-host=*) tiledb_host="${1#*=}" ;;
    --tiledb-token-env) [ $# -ge 2 ] || die "--tiledb-token-env needs a variable name"; token_env="$2"; shift ;;
    --tiledb-token-env=*) token_env="${1#*=}" ;;
    --plan) [ $# -ge 2 ] || die "--plan needs a file"; plan="$2"; shift ;;
    --plan=*) plan="${1#*=}" ;;
    --keep-logs) keep_logs=true ;;
    # The header comment only: it ends at the first line that is not a comment.
    -h|--help) awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
  shift
done

if [ -n "$tiledb_host" ] && [ -z "$token_env" ]; then die "--tiledb-host needs --tiledb-token-env VAR (the variable holding your API token)"; fi
if [ -z "$tiledb_host" ] && [ -n "$token_env" ]; then die "--tiledb-token-env needs --tiledb-host URL"; fi
if [ -n "$token_env" ]; then
  [[ "$token_env" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "'$token_env' is not an environment variable name"
  # Indirect expansion reads the token without it ever appearing on a command line or in output.
  tiledb_token="${!token_env:-}"
  [ -n "$tiledb_token" ] || die "environment variable $token_env is empty or not set"
fi
[ -f "$plan" ] || die "plan file '$plan' not found"
command -v dotnet >/dev/null || die "dotnet not found: install the .NET SDK named in global.json"
command -v curl >/dev/null || die "curl not found"
if ! $in_memory; then
  command -v node >/dev/null || die "node not found: install Node.js 20+ for Azurite, or run with --in-memory"
fi

started=$(date +%s)
run_dir="$(mktemp -d "${TMPDIR:-/tmp}/tiledbworkflows-demo.XXXXXX")"
pids=()
failed=true

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # Every service was started with setsid, so its pid is its process group: the group takes children with it.
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  if $failed || [ "$status" -ne 0 ]; then
    echo "demo: logs kept in $run_dir" >&2
  elif $keep_logs; then
    echo "demo: logs in $run_dir"
  else
    rm -rf "$run_dir"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A loopback port nothing listens on. Ports are random and checked, then handed to a service; a lost race shows up
# as that service failing to start, which is reported with its log.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  die "no free loopback port found"
}

# start NAME LOGFILE COMMAND...: runs COMMAND in its own process group, output to LOGFILE.
start() {
  local name="$1" log="$2"; shift 2
  setsid "$@" >"$log" 2>&1 < /dev/null &
  pids+=("$!")
  eval "${name}_pid=$!"
}

fail_with_log() {
  local what="$1" log="$2"
  echo "demo: error: $what. From $log:" >&2
  # The first errors say why; the last lines say where it stopped. Stack traces in between are in the file.
  grep -m 3 -A 2 -E '^(fail|crit):|Exception: |error' "$log" >&2 || true
  echo "  ..." >&2
  tail -n 8 "$log" >&2 || true
  exit 1
}

# wait_for NAME PID DEADLINE_SECONDS LOG PROBE...: polls PROBE until it succeeds, the process dies or time runs out.
wait_for() {
  local name="$1" pid="$2" deadline="$3" log="$4"; shift 4
  local until=$(( $(date +%s) + deadline ))
  while ! "$@" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || fail_with_log "$name exited during start-up" "$log"
    [ "$(date +%s)" -lt "$until" ] || fail_with_log "$name not ready within ${deadline}s" "$log"
    sleep 0.25
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- build -------------------------------------------------------------------------------------------------------
say "building the worker, the emulator and the CLI (log: $run_dir/build.log)..."
for project in src/TileDbWorkflows.Worker src/TileDbWorkflows.Emulator src/TileDbWorkflows.Cli; do
  dotnet build "$project" -nologo -v:q -clp:ErrorsOnly >>"$run_dir/build.log" 2>&1 \
    || fail_with_log "building $project failed" "$run_dir/build.log"
done
worker_dll="src/TileDbWorkflows.Worker/bin/Debug/net10.0/TileDbWorkflows.Worker.dll"
emulator_dll="src/TileDbWorkflows.Emulator/bin/Debug/net10.0/TileDbWorkflows.Emulator.dll"
for dll in "$worker_dll" "$emulator_dll"; do [ -f "$dll" ] || die "build output $dll not found"; done

# --- Azurite -------------------------------------------------------------------------------------------------------
worker_env=()
if $in_memory; then
  say "backend: InMemory (no Azurite; workflow state is lost when the worker stops; queue and schedule are off)"
  worker_env+=("Durable__Backend=InMemory")
else
  if [ ! -x node_modules/.bin/azurite ]; then
    say "installing Azurite from package.json (npm ci)..."
    npm ci --no-audit --no-fund --loglevel=error >"$run_dir/npm.log" 2>&1 || fail_with_log "npm ci failed" "$run_dir/npm.log"
  fi
  blob_port=$(free_port); queue_port=$(free_port); table_port=$(free_port)
  mkdir -p "$run_dir/azurite"
  # Azurite writes its workspace into the working directory, so it runs inside the run folder.
  start azurite "$run_dir/azurite.log" bash -c 'cd "$1" && shift && exec "$@"' _ "$run_dir/azurite" \
    "$root/node_modules/.bin/azurite" --inMemoryPersistence --silent --disableTelemetry --skipApiVersionCheck \
    --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
    --tableHost 127.0.0.1 --tablePort "$table_port"
  azurite_ready() { port_open "$blob_port" && port_open "$queue_port" && port_open "$table_port"; }
  wait_for Azurite "$azurite_pid" 30 "$run_dir/azurite.log" azurite_ready
  say "Azurite on 127.0.0.1 ports $blob_port (blob), $queue_port (queue), $table_port (table)"
  # The emulator's documented, public development account key (not a secret).
  account_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$account_key;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"
  worker_env+=("Durable__Backend=AzureStorage" "AzureWebJobsStorage=$storage" "Durable__MaxQueuePollingInterval=00:00:01")
fi

# --- TileDB Cloud: the emulator or a real one ---------------------------------------------------------------------
if [ -n "$tiledb_host" ]; then
  say "TileDB Cloud: $tiledb_host (token from \$$token_env)"
  tiledb_address="$tiledb_host"
else
  emulator_port=$(free_port)
  start emulator "$run_dir/emulator.log" dotnet "$emulator_dll" --urls "http://127.0.0.1:$emulator_port"
  wait_for "the TileDB Cloud emulator" "$emulator_pid" 60 "$run_dir/emulator.log" \
    curl -sf "http://127.0.0.1:$emulator_port/__emulator/state" -o /dev/null
  say "TileDB Cloud emulator on http://127.0.0.1:$emulator_port (user demo)"
  tiledb_address="http://127.0.0.1:$emulator_port"
  # The emulator's well-known token of its seeded user 'demo' (see src/TileDbWorkflows.Emulator/README.md).
  tiledb_token="demo-token"
fi

# --- the worker ----------------------------------------------------------------------------------------------------
worker_port=$(free_port)
api_key="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# Secrets reach the worker through its environment only, never its command line (visible in ps).
start worker "$run_dir/worker.log" env \
  "Worker__HttpPort=$worker_port" "Worker__ApiKey=$api_key" \
  "TileDb__ServerAddress=$tiledb_address" "TileDb__ApiToken=$tiledb_token" \
  "TaskHubName=demo" "Workflows__TaskPollInterval=00:00:02" "Workflows__RetryFirstInterval=00:00:02" \
  "${worker_env[@]}" \
  dotnet "$worker_dll"
wait_for "the worker" "$worker_pid" 90 "$run_dir/worker.log" curl -sf "http://127.0.0.1:$worker_port/healthz" -o /dev/null
endpoint="http://127.0.0.1:$worker_port"
say "worker on $endpoint (API key generated for this run; log: $run_dir/worker.log)"

# --- the onboarding ------------------------------------------------------------------------------------------------
say "onboarding plan $plan"
# The CLI posts the plan, draws progress until the workflow ends and prints the report; it exits non-zero when the
# workflow does not complete. The key goes through its environment variable rather than --key, which ps would show.
TDBW_KEY="$api_key" dotnet run --project src/TileDbWorkflows.Cli --no-build -- onboard "$plan" --watch --endpoint "$endpoint" \
  || die "the onboarding did not complete (worker log: $run_dir/worker.log)"

failed=false
say "done in $(( $(date +%s) - started ))s; stopping what the demo started"
