#!/usr/bin/env bash
# Builds in Release and runs the platform benchmarks (docs/benchmarks.md describes them).
#
#   tools/bench.sh [--quick] [--no-build] [pipeline] [coldstart] [orders] [orders-pg] [jobs] [pricing] [bulk]
#
# With no figure named, runs all of them (pricing: the pure pricing engine, no database). orders-pg (figure 3 on PostgreSQL), jobs (figure 4) and bulk (figure 7) run on the
# server named by PLATFORM_TEST_POSTGRES when it is set, else on a throwaway cluster this script starts and
# stops (tools/postgres.sh); their databases are dropped at the end. --quick: short runs (BenchmarkDotNet
# ShortRun, 3 cold starts, 200 orders), for checking the tools rather than for numbers.
# BENCH_ORDERS_ARGS adds options to both orders figures, e.g. BENCH_ORDERS_ARGS='--requests 1000 --rounds 4'. --no-build: use the Release binaries as
# they are (when someone's work in progress breaks the build). Markdown results go to stdout, progress
# to stderr:  tools/bench.sh > results.md
# Databases go under /dev/shm when it exists, else the temp folder; PLATFORM_BENCH_DATA_ROOT overrides.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

quick=()
build=true
figures=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=(--quick) ;;
    --no-build) build=false ;;
    pipeline|coldstart|orders|orders-pg|orders-pricing|jobs|recurring|pricing|bulk) figures+=("$arg") ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (use --quick, --no-build, pipeline, coldstart, orders, orders-pg, orders-pricing, jobs, recurring, pricing, bulk)" >&2; exit 2 ;;
  esac
done
[ ${#figures[@]} -eq 0 ] && figures=(pipeline coldstart orders orders-pg orders-pricing jobs pricing bulk)

if $build; then
  echo "[bench] building (Release)..." >&2
  # The benchmarks reference the host, which builds the modules into artifacts/modules.
  dotnet build tools/Platform.Benchmarks/Platform.Benchmarks.csproj -c Release -nologo -v q >&2
  dotnet build tools/Platform.Benchmarks.EmptyHost/Platform.Benchmarks.EmptyHost.csproj -c Release -nologo -v q >&2
  # The jobs figure's fixture module (an asynchronous step that inserts one row per job).
  dotnet build tests/Fixtures/JobEffects/JobEffects.csproj -c Release -nologo -v q >&2
fi

bench="$repo/tools/Platform.Benchmarks/bin/Release/net10.0/Platform.Benchmarks.dll"
host="$repo/host/Platform.Host/bin/Release/net10.0/Platform.Host.dll"
empty="$repo/tools/Platform.Benchmarks.EmptyHost/bin/Release/net10.0/Platform.Benchmarks.EmptyHost.dll"

data_root="${PLATFORM_BENCH_DATA_ROOT:-}"
if [ -z "$data_root" ]; then
  if [ -d /dev/shm ]; then data_root=/dev/shm; else data_root="${TMPDIR:-/tmp}"; fi
fi
work="$(mktemp -d "$data_root/platform-bench-XXXXXX")"
own_postgres=false
cleanup() {
  if $own_postgres; then
    # shellcheck source=tools/postgres.sh
    source "$repo/tools/postgres.sh" && postgres_stop
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# orders-pg and jobs: PLATFORM_TEST_POSTGRES when set, else one throwaway cluster for the whole run.
ensure_postgres() {
  if [ -z "${PLATFORM_TEST_POSTGRES:-}" ]; then
    # shellcheck source=tools/postgres.sh
    source "$repo/tools/postgres.sh"
    postgres_start >&2
    [ -n "${PLATFORM_TEST_POSTGRES:-}" ] || { echo "this figure needs PostgreSQL 15 (tools/postgres.sh) or PLATFORM_TEST_POSTGRES" >&2; exit 1; }
    own_postgres=true
  fi
}

# A private module root with the Release build of every module (artifacts/modules is shared with Debug
# builds, which overwrite it), laid out as the build does: <root>/<id>/<version>/.
modules="$work/modules"
for manifest in modules/*/module.json; do
  dir="$(dirname "$manifest")"
  id="$(sed -n 's/.*"id"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$manifest" | head -1)"
  version="$(sed -n 's/.*"version"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$manifest" | head -1)"
  out="$dir/bin/Release/net10.0"
  [ -d "$out" ] || { echo "no Release build of $dir (run without --no-build)" >&2; exit 1; }
  mkdir -p "$modules/$id/$version"
  cp -R "$out"/. "$modules/$id/$version/"
done

echo "## Benchmark run $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)${quick:+ (quick)}"
echo
echo "Machine: $(nproc) CPUs, $(uname -sr), SDK $(dotnet --version); load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)."
echo

needs_seed=false
for f in "${figures[@]}"; do case "$f" in coldstart|orders|orders-pricing) needs_seed=true ;; esac; done
if $needs_seed; then
  # One seeded data folder (the host started once on an empty folder: migrations + demo data); runs copy it.
  dotnet "$bench" seed --host-dll "$host" --module-root "$modules" --out "$work/seeded" >&2
fi

for f in "${figures[@]}"; do
  case "$f" in
    pipeline)  dotnet "$bench" pipeline "${quick[@]}" ;;
    pricing)   dotnet "$bench" pricing "${quick[@]}" ;;
    coldstart) dotnet "$bench" coldstart "${quick[@]}" --host-dll "$host" --empty-dll "$empty" --module-root "$modules" --seeded "$work/seeded" ;;
    orders)    dotnet "$bench" orders "${quick[@]}" --module-root "$modules" --seeded "$work/seeded" ${BENCH_ORDERS_ARGS:-} ;;
    orders-pricing) dotnet "$bench" orders-pricing "${quick[@]}" --module-root "$modules" --seeded "$work/seeded" ${BENCH_ORDERS_ARGS:-} ;;
    orders-pg)
      ensure_postgres
      dotnet "$bench" orders "${quick[@]}" --module-root "$modules" --provider PostgreSql --connection-string "$PLATFORM_TEST_POSTGRES" ${BENCH_ORDERS_ARGS:-} ;;
    bulk)
      ensure_postgres
      dotnet "$bench" bulk "${quick[@]}" --module-root "$modules" --connection-string "$PLATFORM_TEST_POSTGRES" ;;
    jobs)
      ensure_postgres
      jobs_modules="$work/jobs-modules/fixtures.job-effects/1.0.0"
      mkdir -p "$jobs_modules"
      cp -R tests/Fixtures/JobEffects/bin/Release/net10.0/. "$jobs_modules/"
      dotnet "$bench" jobs "${quick[@]}" --host-dll "$host" --module-root "$work/jobs-modules" --provider PostgreSql --connection "$PLATFORM_TEST_POSTGRES"
      ;;
    recurring)
      ensure_postgres
      jobs_modules="$work/jobs-modules/fixtures.job-effects/1.0.0"
      mkdir -p "$jobs_modules"
      cp -R tests/Fixtures/JobEffects/bin/Release/net10.0/. "$jobs_modules/"
      # Npgsql keeps idle connections per database: with a thousand tenant databases per host that passes the
      # server's max_connections, so this figure opens a connection per use (BENCH_RECURRING_CONNECTION overrides).
      dotnet "$bench" recurring "${quick[@]}" --host-dll "$host" --module-root "$work/jobs-modules" \
        --connection "${BENCH_RECURRING_CONNECTION:-$PLATFORM_TEST_POSTGRES;Pooling=false}" ${BENCH_RECURRING_ARGS:-}
      ;;
  esac
done
