#!/usr/bin/env bash
# Runs the whole test suite against a local PostgreSQL server.
# Meant for a Debian machine where it runs as root: installs and starts PostgreSQL if needed,
# creates the test role and database, then runs `dotnet test`. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"

readonly test_role=alms
readonly test_password=alms
readonly test_database=alms_test

die() {
    echo "test.sh: $*" >&2
    exit 1
}

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        sudo -u postgres "$@"
    fi
}

install_postgres_if_missing() {
    if command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
        return
    fi
    echo "test.sh: installing PostgreSQL"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || die "apt-get update failed"
    apt-get install -y -qq postgresql >/dev/null || die "could not install PostgreSQL (apt-get install postgresql failed)"
}

# Prints "<version> <cluster>" of the first cluster, creating one if there is none.
pick_cluster() {
    local first
    first=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR == 1 { print $1, $2 }')
    if [ -z "$first" ]; then
        local version
        version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
        [ -n "$version" ] || die "no PostgreSQL server version found under /usr/lib/postgresql"
        echo "test.sh: creating PostgreSQL cluster $version/main" >&2
        pg_createcluster "$version" main >/dev/null || die "pg_createcluster $version main failed"
        first="$version main"
    fi
    echo "$first"
}

start_cluster() {
    local version=$1 cluster=$2 status
    status=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }')
    if [ "$status" != "online" ]; then
        echo "test.sh: starting PostgreSQL cluster $version/$cluster"
        if ! pg_ctlcluster "$version" "$cluster" start; then
            tail -n 20 "/var/log/postgresql/postgresql-$version-$cluster.log" >&2 || true
            die "PostgreSQL cluster $version/$cluster could not start (log above)"
        fi
    fi
}

wait_until_ready() {
    local port=$1
    for _ in $(seq 1 60); do
        if pg_isready -q -h 127.0.0.1 -p "$port"; then
            return
        fi
        sleep 1
    done
    die "PostgreSQL on 127.0.0.1:$port did not accept connections within 60 s"
}

ensure_role_and_database() {
    local port=$1
    as_postgres psql -q -v ON_ERROR_STOP=1 -p "$port" -d postgres <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$test_role') THEN
        CREATE ROLE $test_role LOGIN CREATEDB PASSWORD '$test_password';
    END IF;
END
\$\$;
SQL
    if ! as_postgres psql -tA -p "$port" -d postgres \
        -c "SELECT 1 FROM pg_database WHERE datname = '$test_database'" | grep -q 1; then
        as_postgres createdb -p "$port" -O "$test_role" "$test_database"
    fi
}

install_postgres_if_missing
cluster_line=$(pick_cluster)
read -r pg_version pg_cluster <<<"$cluster_line"
start_cluster "$pg_version" "$pg_cluster"
pg_port=$(pg_lsclusters --no-header | awk -v v="$pg_version" -v c="$pg_cluster" '$1 == v && $2 == c { print $3 }')
wait_until_ready "$pg_port"
ensure_role_and_database "$pg_port"

export ALMS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=$test_role;Password=$test_password;Database=$test_database"
echo "test.sh: PostgreSQL $pg_version/$pg_cluster ready on 127.0.0.1:$pg_port"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Alms.Twins.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over every test assembly: "N passed, N failed".
awk '/^(Passed|Failed)!/ {
        for (i = 1; i <= NF; i++) {
            if ($i == "Passed:") passed += $(i + 1)
            if ($i == "Failed:") failed += $(i + 1)
        }
     }
     END { printf "%d passed, %d failed\n", passed, failed }' "$log"
exit "$status"
