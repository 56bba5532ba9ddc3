#!/usr/bin/env bash
# Adds one EF Core migration to a module for every database provider at once, with the same id:
#   bash tools/add-migration.sh <module project dir> <MigrationName> [DbContext]
#   e.g. bash tools/add-migration.sh modules/Core AddCustomerTier
# Each lands in <module>/Migrations/<Provider>/ (namespace <RootNamespace>.Migrations.<Provider>) with
# that provider's own model snapshot. The module's DbContext needs a design-time factory in
# tools/Platform.DesignTime (see its README). Nothing connects to a database server.
# PLATFORM_MIGRATION_PROVIDERS limits the providers (default "Sqlite PostgreSql SqlServer"), and
# PLATFORM_MIGRATION_TIMESTAMP fixes the id's timestamp (default: now, UTC).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ]; then
  echo "usage: bash tools/add-migration.sh <module project dir> <MigrationName> [DbContext]" >&2
  exit 2
fi
project=${1%/}
name=$2
context=${3:-}
providers=${PLATFORM_MIGRATION_PROVIDERS:-Sqlite PostgreSql SqlServer}
export PLATFORM_MIGRATION_TIMESTAMP=${PLATFORM_MIGRATION_TIMESTAMP:-$(date -u +%Y%m%d%H%M%S)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore >/dev/null
dotnet build tools/Platform.DesignTime -nologo -v q
for provider in $providers; do
  echo "== $provider"
  PLATFORM_DESIGN_PROVIDER=$provider dotnet ef migrations add "$name" \
    --project "$project" --startup-project tools/Platform.DesignTime --no-build \
    --output-dir "Migrations/$provider" ${context:+--context "$context"}
done
dotnet build "$project" -nologo -v q
echo "Added ${PLATFORM_MIGRATION_TIMESTAMP}_$name for: $providers"
