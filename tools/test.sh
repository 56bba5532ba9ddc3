#!/usr/bin/env bash
# Runs every test project of Platform.sln and prints one closing line "N passed, N failed".
# Exit status is non-zero when a test failed, a test was skipped, or a project did not build or run.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
dotnet build Platform.sln -c Debug -nologo 2>&1 | tail -n 5
build_status=${PIPESTATUS[0]}
if [ "$build_status" -ne 0 ]; then
  dotnet build Platform.sln -c Debug -nologo 2>&1 | grep -E "error|warn" | sort -u | head -40
  echo "0 passed, 1 failed"
  exit 1
fi

# The OpenAPI lint test runs Redocly CLI, pinned in tools/openapi-lint (npm's cache stays in git-ignored artifacts/).
if [ ! -f tools/openapi-lint/node_modules/@redocly/cli/bin/cli.js ]; then
  if ! npm ci --prefix tools/openapi-lint --cache "$PWD/artifacts/npm-cache" --no-audit --no-fund --loglevel=error; then
    echo "Installing Redocly CLI (npm ci in tools/openapi-lint) failed; the OpenAPI lint test cannot run."
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# The PostgreSQL variants of the integration tests run against a throwaway cluster (tools/postgres.sh),
# reached through PLATFORM_TEST_POSTGRES. SQL Server variants exist only when PLATFORM_TEST_SQLSERVER is set.
source tools/postgres.sh
if ! postgres_start; then
  echo "Could not start the throwaway PostgreSQL server."
  echo "0 passed, 1 failed"
  exit 1
fi
trap postgres_stop EXIT

dotnet test Platform.sln --no-build -c Debug -nologo 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}

# dotnet test prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 21, Skipped: 0, Total: 21, ..."
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed: ' "$log" | awk -F'[:,]' '
  { f += $2; p += $4; s += $6 } END { printf "%d %d %d\n", p, f, s }')
projects=$(grep -cE '(Passed|Failed)! +- Failed: ' "$log")
expected=$(dotnet sln Platform.sln list | grep -cE '^tests/.*Tests\.csproj$')
rm -f "$log"

if [ "$skipped" -gt 0 ]; then
  echo "$skipped test(s) were skipped; every test must run."
  failed=$((failed + skipped))
fi
if [ "$projects" -ne "$expected" ]; then
  echo "Only $projects of $expected test projects reported results."
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
if [ "$test_status" -ne 0 ] || [ "$failed" -gt 0 ]; then
  exit 1
fi
