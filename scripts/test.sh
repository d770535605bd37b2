#!/usr/bin/env bash
# The project's one test command: builds the solution, runs every test project, prints the tally.
# Tests that need Azure Storage start their own Azurite from node_modules on free loopback ports.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -x node_modules/.bin/azurite ]; then
  echo "Installing Azurite from package.json..."
  npm ci --no-audit --no-fund --loglevel=error || exit 1
fi

dotnet build TileDbWorkflows.sln -nologo -v:q -clp:ErrorsOnly || exit 1

results="$root/TestResults"
rm -rf "$results"
# One run per test project, each with its own TRX file: a solution-wide run names TRX files by the second and
# two projects finishing together would overwrite each other's counts.
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" --no-build -nologo -v:q \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=1
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "tests: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
