#!/bin/bash
# Run once by the mariadb image when its data volume is new (/docker-entrypoint-initdb.d): creates Art28's
# database and its two users, as README.md "Production on MariaDB" describes:
#   ART28_MIGRATE_USER (art28_migrate)  owns the schema: Flyway runs as it, once per upgrade
#   ART28_APP_USER     (art28)          the nodes run as it; it gets its rights table by table once the
#                                       tables exist (docker/grant-app-user, the compose service "grants"),
#                                       so that the audit trail stays append-only (SELECT, INSERT only)
# The passwords come from the environment (docker/.env); none is written into this file.
set -euo pipefail
: "${ART28_DB_PASSWORD:?set ART28_DB_PASSWORD (docker/.env)}"
: "${ART28_MIGRATE_PASSWORD:?set ART28_MIGRATE_PASSWORD (docker/.env)}"
db=${ART28_DB_NAME:-art28}
app=${ART28_APP_USER:-art28}
migrate=${ART28_MIGRATE_USER:-art28_migrate}

# a string literal for SQL: backslashes and quotes doubled
quote() { local s=${1//\\/\\\\}; printf "'%s'" "${s//\'/\'\'}"; }

MYSQL_PWD=${MARIADB_ROOT_PASSWORD:-} mariadb --protocol=socket --user=root <<SQL
CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$migrate'@'%' IDENTIFIED BY $(quote "$ART28_MIGRATE_PASSWORD");
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$migrate'@'%';
CREATE USER IF NOT EXISTS '$app'@'%' IDENTIFIED BY $(quote "$ART28_DB_PASSWORD");
SQL
echo "01-art28.sh: database $db, users $migrate (schema) and $app (application; table rights follow the first migration)"
