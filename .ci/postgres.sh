#!/usr/bin/env bash
# Sourced by .ci/run: installs Debian's PostgreSQL, starts it on loopback and exports the variables that
# make `mvn -B verify` run the PostgreSQL tests too (see docs/operations.md, "Tests on PostgreSQL").
# As root we cannot run initdb ourselves: Debian's cluster tools create and start the cluster as user postgres.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql
fi

pg_version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "${pg_version}/main"; then
  pg_createcluster "${pg_version}" main -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
fi
# loopback only; enough connections for two app nodes plus the test JVMs' pools
conf="/etc/postgresql/${pg_version}/main/conf.d/complaint-desk-ci.conf"
if [ ! -f "${conf}" ]; then
  printf "listen_addresses = '127.0.0.1'\nmax_connections = 200\n" > "${conf}"
  pg_ctlcluster "${pg_version}" main stop >/dev/null 2>&1 || true
fi
if ! pg_lsclusters -h | awk -v v="${pg_version}" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "${pg_version}" main start
fi
pg_port=$(pg_lsclusters -h | awk -v v="${pg_version}" '$1==v && $2=="main" {print $3}')

: "${COMPLAINTS_TEST_PG_PASSWORD:=complaints-ci}"
for _ in $(seq 1 30); do
  runuser -u postgres -- psql -p "${pg_port}" -qAtc 'select 1' >/dev/null 2>&1 && break
  sleep 1
done
runuser -u postgres -- psql -p "${pg_port}" -v ON_ERROR_STOP=1 -qAt >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'complaints') THEN
    CREATE ROLE complaints LOGIN CREATEDB PASSWORD '${COMPLAINTS_TEST_PG_PASSWORD}';
  ELSE
    ALTER ROLE complaints LOGIN CREATEDB PASSWORD '${COMPLAINTS_TEST_PG_PASSWORD}';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE complaints OWNER complaints'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'complaints') \gexec
SQL

export COMPLAINTS_TEST_PG_URL="jdbc:postgresql://127.0.0.1:${pg_port}/complaints"
export COMPLAINTS_TEST_PG_USER=complaints
export COMPLAINTS_TEST_PG_PASSWORD
echo "PostgreSQL ${pg_version} on 127.0.0.1:${pg_port}: tests run against ${COMPLAINTS_TEST_PG_URL}"
