# shellcheck shell=bash
# Sourced by docker/backup, docker/restore and docker/checksum: reads the database connection from the
# same settings as Art28 itself (ART28_DB_URL, ART28_DB_USER, ART28_DB_PASSWORD), or from the options
# --db-url, --db-user, --db-password, and prepares the MariaDB client's options.

die() { printf '%s: %s\n' "${0##*/}" "$*" >&2; exit 2; }

# The client programs: MariaDB's names, or MySQL's on older machines.
MARIADB=$(command -v mariadb || command -v mysql || true)
# shellcheck disable=SC2034  # used by docker/backup
MARIADB_DUMP=$(command -v mariadb-dump || command -v mysqldump || true)

# Takes the options shared by all three scripts out of "$@"; what is left stays in ARGS.
ARGS=()
db_parse_args() {
    while [ $# -gt 0 ]; do
        case "$1" in
            --db-url) [ $# -ge 2 ] || die "--db-url needs a value"; ART28_DB_URL=$2; shift 2 ;;
            --db-url=*) ART28_DB_URL=${1#*=}; shift ;;
            --db-user) [ $# -ge 2 ] || die "--db-user needs a value"; ART28_DB_USER=$2; shift 2 ;;
            --db-user=*) ART28_DB_USER=${1#*=}; shift ;;
            --db-password) [ $# -ge 2 ] || die "--db-password needs a value"; ART28_DB_PASSWORD=$2; shift 2 ;;
            --db-password=*) ART28_DB_PASSWORD=${1#*=}; shift ;;
            *) ARGS+=("$1"); shift ;;
        esac
    done
}

# Splits ART28_DB_URL (jdbc:mariadb://host[:port]/database[?options]) into DB_HOST, DB_PORT, DB_NAME and
# writes the user and password into a client option file readable by us only, so that the password never
# appears in the process list. Only the first host of a failover URL is used.
db_connect() {
    [ -n "$MARIADB" ] || die "no mariadb (or mysql) client on PATH: apt-get install mariadb-client"
    [ -n "${ART28_DB_URL:-}" ] || die "ART28_DB_URL is not set (e.g. jdbc:mariadb://127.0.0.1:3306/art28); the embedded H2 database is not backed up by these scripts"
    local rest=${ART28_DB_URL#jdbc:}
    case "$rest" in
        mariadb:*|mysql:*) ;;
        *) die "ART28_DB_URL must be a MariaDB URL (jdbc:mariadb://host:3306/database), got $ART28_DB_URL" ;;
    esac
    rest=${rest#*://}
    local options=""
    case "$rest" in *\?*) options=${rest#*\?}; rest=${rest%%\?*} ;; esac
    local hosts=${rest%%/*}
    DB_NAME=${rest#*/}
    if [ "$DB_NAME" = "$rest" ] || [ -z "$DB_NAME" ]; then die "ART28_DB_URL names no database: $ART28_DB_URL"; fi
    local host=${hosts%%,*}
    host=${host#address=(host=}
    DB_HOST=${host%%:*}
    DB_PORT=3306
    case "$host" in *:*) DB_PORT=${host##*:} ;; esac
    [ -n "$DB_HOST" ] || DB_HOST=localhost
    case "$DB_NAME" in *[!A-Za-z0-9_$]*) die "unexpected characters in the database name: $DB_NAME" ;; esac

    DB_OPTION_FILE=$(mktemp)
    chmod 600 "$DB_OPTION_FILE"
    trap 'rm -f "$DB_OPTION_FILE"' EXIT
    {
        printf '[client]\n'
        printf 'host=%s\nport=%s\nuser=%s\n' "$DB_HOST" "$DB_PORT" "${ART28_DB_USER:-art28}"
        # quoted, so that a password with # or spaces survives the option file
        printf 'password="%s"\n' "$(printf '%s' "${ART28_DB_PASSWORD:-}" | sed 's/\\/\\\\/g; s/"/\\"/g')"
        printf 'protocol=tcp\ndefault-character-set=utf8mb4\nmax-allowed-packet=1G\n'
        case "$options" in
            *sslMode=trust*|*sslMode=verify-ca*|*sslMode=verify-full*) printf 'ssl\n' ;;
        esac
    } > "$DB_OPTION_FILE"
}

# The client with the connection options; further arguments are passed on.
db_client() { "$MARIADB" --defaults-extra-file="$DB_OPTION_FILE" "$@"; }

# Prints the number of tables (and views) in a database.
db_table_count() {
    db_client -N -B -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$1'"
}
