# Functions shared by ./run, the Maven test set-up and the benchmarks. Source it; do not run it.
# Everything it installs or starts lives under $ESAFETY_HOME (default: .esafety, ignored by git).

ESAFETY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ESAFETY_HOME=${ESAFETY_HOME:-$ESAFETY_ROOT/.esafety}
# Versions are pinned once, in the parent POM.
pom_version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ESAFETY_ROOT/pom.xml" | head -1; }
PAYARA_VERSION=$(pom_version payara.version)
MYSQL_CONNECTOR_VERSION=$(pom_version mysql.connector.version)
KEYCLOAK_VERSION=$(pom_version keycloak.version)
GREENMAIL_VERSION=$(pom_version greenmail.version)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Loads config/.env without overriding what the environment already sets.
load_env() {
  local line key
  while IFS= read -r line; do
    [[ $line =~ ^[[:space:]]*# || ! $line =~ = ]] && continue
    key=${line%%=*}
    [[ -z ${!key+x} ]] && export "$key=${line#*=}"
  done < "$ESAFETY_ROOT/config/.env"
}

# --- MariaDB ---------------------------------------------------------------------------------

# Root access: TCP as the machine provides it, or the socket that a fresh Debian install uses.
sql_root() {
  if mariadb -uroot -h127.0.0.1 -e 'select 1' >/dev/null 2>&1; then
    mariadb -uroot -h127.0.0.1 "$@"
  else
    mariadb -uroot "$@"
  fi
}

# Makes sure MariaDB answers on 127.0.0.1:3306: starts it when it is down, installs it when missing.
mariadb_up() {
  if mariadb-admin -uroot -h127.0.0.1 ping >/dev/null 2>&1 || mariadb-admin -uroot ping >/dev/null 2>&1; then
    return 0
  fi
  if [[ ! -x /usr/sbin/mariadbd ]]; then
    say "Installing MariaDB from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq mariadb-server mariadb-client >/dev/null || die "could not install MariaDB"
  fi
  say "Starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql \
    || die "could not start MariaDB"
  touch "$ESAFETY_HOME/.mariadb-started-by-us" 2>/dev/null
  for _ in $(seq 60); do
    mariadb-admin -uroot ping >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  die "MariaDB did not start within 30 s"
}

# db_setup DB OWNER OWNER_PASSWORD APP APP_PASSWORD [fresh]
# The owner runs the migrations and grants table by table; database-wide, the application account
# may only read (it must be able to connect before the first migration has run). Writes, and on the
# audit log only inserts, are what each migration grants it.
db_setup() {
  local db=$1 owner=$2 owner_pw=$3 app=$4 app_pw=$5 fresh=${6:-}
  [[ $db =~ ^[A-Za-z0-9_]+$ && $owner =~ ^[A-Za-z0-9_]+$ && $app =~ ^[A-Za-z0-9_]+$ ]] || die "bad database or user name"
  {
    [[ $fresh == fresh ]] && echo "DROP DATABASE IF EXISTS \`$db\`;"
    cat <<SQL
CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$owner'@'%' IDENTIFIED BY '$owner_pw';
ALTER USER '$owner'@'%' IDENTIFIED BY '$owner_pw';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$owner'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS '$app'@'%' IDENTIFIED BY '$app_pw';
ALTER USER '$app'@'%' IDENTIFIED BY '$app_pw';
GRANT SELECT ON \`$db\`.* TO '$app'@'%';
SQL
  } | sql_root || die "database set-up of $db failed"
}

# test_settings OUT_DIR DATABASE: the settings integration and system tests run with.
test_settings() {
  export ESAFETY_DB_HOST=127.0.0.1 ESAFETY_DB_PORT=3306 ESAFETY_DB_NAME=$2 \
    ESAFETY_DB_OWNER=esafety_test_owner ESAFETY_DB_OWNER_PASSWORD=test-owner-pw \
    ESAFETY_DB_APP=esafety_test_app ESAFETY_DB_APP_PASSWORD=test-app-pw \
    ESAFETY_JWT_ISSUER=https://esafety.invalid/test ESAFETY_JWT_AUDIENCE=esafety-hub \
    ESAFETY_JWT_PUBLIC_KEY="file://$1/keys/public.pem" \
    ESAFETY_KEYCLOAK_URL=http://127.0.0.1:28180 ESAFETY_REALM=northmere \
    ESAFETY_KEYCLOAK_ADMIN_CLIENT_SECRET=system-test-admin-client ESAFETY_KEYCLOAK_INVITE_REDIRECT=http://localhost:8080/ \
    ESAFETY_OIDC_CLIENT_SECRET=esafety-hub-local-secret
}

# --- keys and tokens -------------------------------------------------------------------------

# jwt_keys DIR: an RSA key pair that signs local tokens (never used once Keycloak issues them).
jwt_keys() {
  local dir=$1
  mkdir -p "$dir"
  if [[ ! -s $dir/private.pem ]]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private.pem" 2>/dev/null
    openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem"
    chmod 600 "$dir/private.pem"
  fi
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# jwt_mint KEYDIR SUBJECT LA_ID SCHOOL_ID|- GROUP[,GROUP...] [TTL_SECONDS]
jwt_mint() {
  local dir=$1 sub=$2 la=$3 school=$4 groups=$5 ttl=${6:-28800} now header payload school_claim
  now=$(date +%s)
  [[ $school == - ]] && school_claim="" || school_claim="\"school_id\":$school,"
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","upn":"%s","la_id":%s,%s"groups":["%s"],"iat":%s,"exp":%s,"jti":"%s"}' \
    "$ESAFETY_JWT_ISSUER" "$ESAFETY_JWT_AUDIENCE" "$sub" "$sub" "$la" "$school_claim" "${groups//,/\",\"}" \
    "$now" $((now + ttl)) "$(openssl rand -hex 8)" | b64url)
  printf '%s.%s.%s\n' "$header" "$payload" \
    "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/private.pem" | b64url)"
}

# --- files from Maven Central -----------------------------------------------------------------

# maven_file GROUP:ARTIFACT:VERSION[:TYPE] DEST_DIR: copies one artifact through the Maven wrapper.
maven_file() {
  "$ESAFETY_ROOT/mvnw" -q -B dependency:copy -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.stripVersion=true \
    -f "$ESAFETY_ROOT/config/pom.xml" >/dev/null || die "could not fetch $1"
}

# render TEMPLATE: prints it with ${ESAFETY_*} filled from the environment.
render() {
  envsubst "$(compgen -e | grep '^ESAFETY_' | sed 's/^/$/' | tr '\n' ' ')" < "$1"
}

# --- Payara Server ---------------------------------------------------------------------------

payara_installed() {
  local home=$ESAFETY_HOME/payara6
  if [[ ! -x $home/bin/asadmin ]]; then
    say "Unpacking Payara Server $PAYARA_VERSION"
    mkdir -p "$ESAFETY_HOME/downloads"
    maven_file "fish.payara.distributions:payara:$PAYARA_VERSION:zip" "$ESAFETY_HOME/downloads"
    (cd "$ESAFETY_HOME" && unzip -q -o downloads/payara.zip) || die "could not unpack Payara"
    rm -rf "$home/h2db"   # Payara's bundled H2 database and its sources: never used here
  fi
  if [[ ! -s $ESAFETY_HOME/downloads/mysql-connector-j.jar ]]; then
    maven_file "com.mysql:mysql-connector-j:$MYSQL_CONNECTOR_VERSION" "$ESAFETY_HOME/downloads"
  fi
  echo "$home"
}

asadmin() { "$ESAFETY_HOME/payara6/bin/asadmin" "$@"; }

# stop_listener PORT: stops whatever Java process still listens there (a domain left by a killed run).
stop_listener() {
  local pid
  pid=$(ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  if [[ -n $pid ]]; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null
  fi
  return 0
}

# payara_domain_up DOMAIN PORTBASE: creates (once), configures (once) and starts a domain.
payara_domain_up() {
  local domain=$1 portbase=$2 dir
  payara_installed >/dev/null
  dir=$ESAFETY_HOME/payara6/glassfish/domains/$domain
  if [[ ! -d $dir ]]; then
    say "Creating Payara domain $domain (admin port $((portbase + 48)), HTTP port $((portbase + 80)))"
    asadmin create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null || die "create-domain failed"
    cp "$ESAFETY_HOME/downloads/mysql-connector-j.jar" "$dir/lib/"
  fi
  if ! curl -fsS -o /dev/null "http://127.0.0.1:$((portbase + 48))/management/domain" 2>/dev/null; then
    say "Starting Payara domain $domain"
    asadmin start-domain "$domain" >/dev/null || die "start-domain failed; see $dir/logs/server.log"
  fi
  if [[ ! -f $dir/.esafety-configured ]]; then
    say "Configuring $domain from config/payara"
    local file=$ESAFETY_HOME/$domain.asadmin
    { render "$ESAFETY_ROOT/config/payara/resources.asadmin"; cat "$ESAFETY_ROOT/config/payara/server.asadmin"; } \
      | grep -v '^#' > "$file"
    asadmin --port $((portbase + 48)) multimode --file "$file" >"$ESAFETY_HOME/$domain.asadmin.log" 2>&1 \
      || { asadmin stop-domain "$domain" >/dev/null 2>&1; rm -rf "$dir"
           die "configuring the domain failed (it was removed, so the next run starts anew); see $ESAFETY_HOME/$domain.asadmin.log"; }
    asadmin restart-domain "$domain" >/dev/null || die "restart-domain failed"
    touch "$dir/.esafety-configured"
  fi
}

# payara_deploy DOMAIN PORTBASE EAR
payara_deploy() {
  local domain=$1 portbase=$2 ear=$3
  say "Deploying $(basename "$ear")"
  if ! asadmin --port $((portbase + 48)) deploy --force=true --name esafety-hub "$ear" >/dev/null 2>&1; then
    # An application that failed to load at start-up keeps its name; remove it and deploy afresh.
    asadmin --port $((portbase + 48)) undeploy esafety-hub >/dev/null 2>&1 || true
    asadmin --port $((portbase + 48)) deploy --name esafety-hub "$ear" >/dev/null \
      || die "deployment failed; see $ESAFETY_HOME/payara6/glassfish/domains/$domain/logs/server.log"
  fi
}

# --- Keycloak --------------------------------------------------------------------------------

# keycloak_up REALM_FILE: Keycloak on 127.0.0.1:$ESAFETY_KEYCLOAK_PORT in production mode, on its own
# MariaDB database ($ESAFETY_KEYCLOAK_DB, default keycloak) so that nothing is lost on restart; the
# realm is imported once (an existing realm is kept).
keycloak_up() {
  # The realm file names these as ${...}; Keycloak fills them in from its environment when it imports
  # the realm, and keeps the placeholder itself, silently, when one is missing.
  [[ -n ${ESAFETY_SMTP_PORT:-} && -n ${ESAFETY_KEYCLOAK_ADMIN_CLIENT_SECRET:-} ]] \
    || die "keycloak_up needs ESAFETY_SMTP_PORT and ESAFETY_KEYCLOAK_ADMIN_CLIENT_SECRET exported (the realm file uses them)"
  local realm_file=$1 home=$ESAFETY_HOME/keycloak-$KEYCLOAK_VERSION port=$ESAFETY_KEYCLOAK_PORT
  local database=${ESAFETY_KEYCLOAK_DB:-keycloak}
  local management=$((ESAFETY_KEYCLOAK_PORT + 10))
  if curl -fsS -o /dev/null "http://127.0.0.1:$management/health/ready" 2>/dev/null; then
    return 0
  fi
  if [[ ! -x $home/bin/kc.sh ]]; then
    say "Unpacking Keycloak $KEYCLOAK_VERSION"
    mkdir -p "$ESAFETY_HOME/downloads"
    maven_file "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "$ESAFETY_HOME/downloads"
    (cd "$ESAFETY_HOME" && unzip -q -o downloads/keycloak-quarkus-dist.zip) || die "could not unpack Keycloak"
  fi
  db_setup "$database" keycloak "$ESAFETY_KEYCLOAK_DB_PASSWORD" keycloak "$ESAFETY_KEYCLOAK_DB_PASSWORD" ${ESAFETY_KEYCLOAK_DB_FRESH:-}
  if [[ ! -f $home/.esafety-built ]]; then
    say "Building Keycloak for MariaDB (once)"
    "$home/bin/kc.sh" build --db=mariadb --health-enabled=true >"$ESAFETY_HOME/keycloak-build.log" 2>&1 \
      || die "Keycloak build failed; see $ESAFETY_HOME/keycloak-build.log"
    touch "$home/.esafety-built"
  fi
  mkdir -p "$home/data/import"
  cp "$realm_file" "$home/data/import/"
  say "Starting Keycloak on port $port"
  KC_BOOTSTRAP_ADMIN_USERNAME=$ESAFETY_KEYCLOAK_ADMIN KC_BOOTSTRAP_ADMIN_PASSWORD=$ESAFETY_KEYCLOAK_ADMIN_PASSWORD \
    setsid "$home/bin/kc.sh" start --optimized --import-realm \
      --db-url="jdbc:mariadb://$ESAFETY_DB_HOST:$ESAFETY_DB_PORT/$database" --db-username=keycloak \
      --db-password="$ESAFETY_KEYCLOAK_DB_PASSWORD" --http-enabled=true --http-host=127.0.0.1 --http-port="$port" \
      --http-management-port="$management" --hostname="http://localhost:$port" --hostname-strict=false \
      --cache=local >"$ESAFETY_HOME/keycloak-$ESAFETY_KEYCLOAK_PORT.log" 2>&1 < /dev/null &
  echo $! > "$ESAFETY_HOME/keycloak-$ESAFETY_KEYCLOAK_PORT.pid"
  wait_ready "http://127.0.0.1:$management/health/ready" 120 || die "Keycloak did not start; see $ESAFETY_HOME/keycloak-$ESAFETY_KEYCLOAK_PORT.log"
}

keycloak_down() {
  if [[ -f $ESAFETY_HOME/keycloak-$ESAFETY_KEYCLOAK_PORT.pid ]]; then
    say "Stopping Keycloak"
    kill -- -"$(cat "$ESAFETY_HOME/keycloak-$ESAFETY_KEYCLOAK_PORT.pid")" 2>/dev/null || kill "$(cat "$ESAFETY_HOME/keycloak-$ESAFETY_KEYCLOAK_PORT.pid")" 2>/dev/null || true
    rm -f "$ESAFETY_HOME/keycloak-$ESAFETY_KEYCLOAK_PORT.pid"
  fi
  stop_listener "$ESAFETY_KEYCLOAK_PORT"
}

# keycloak_token REALM USER PASSWORD: an access token for a user, through the command-line client.
keycloak_token() {
  curl -fsS "http://127.0.0.1:$ESAFETY_KEYCLOAK_PORT/realms/$1/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=esafety-cli -d "scope=openid organization" --data-urlencode "username=$2" \
    --data-urlencode "password=$3" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# --- mail sink -------------------------------------------------------------------------------

# mail_up: GreenMail on 127.0.0.1 takes every mail sent to SMTP port $ESAFETY_SMTP_PORT and delivers
# none, so that local runs and tests never email anyone. Its REST API on $ESAFETY_MAIL_API_PORT shows
# them: GET /api/user/ADDRESS/messages/INBOX lists what was sent to ADDRESS (e.g. a Keycloak invitation).
mail_up() {
  local jar=$ESAFETY_HOME/downloads/greenmail-standalone.jar api="http://127.0.0.1:$ESAFETY_MAIL_API_PORT"
  if curl -fsS -o /dev/null "$api/api/service/readiness" 2>/dev/null; then
    return 0
  fi
  if [[ ! -s $jar ]]; then
    mkdir -p "$ESAFETY_HOME/downloads"
    maven_file "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "$ESAFETY_HOME/downloads"
  fi
  say "Starting the mail sink (SMTP port $ESAFETY_SMTP_PORT, mails shown at $api/api/user)"
  setsid java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$ESAFETY_SMTP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$ESAFETY_MAIL_API_PORT" -Dgreenmail.auth.disabled \
    -jar "$jar" >"$ESAFETY_HOME/greenmail-$ESAFETY_SMTP_PORT.log" 2>&1 < /dev/null &
  echo $! > "$ESAFETY_HOME/greenmail-$ESAFETY_SMTP_PORT.pid"
  wait_ready "$api/api/service/readiness" 30 || die "the mail sink did not start; see $ESAFETY_HOME/greenmail-$ESAFETY_SMTP_PORT.log"
}

mail_down() {
  if [[ -f $ESAFETY_HOME/greenmail-$ESAFETY_SMTP_PORT.pid ]]; then
    say "Stopping the mail sink"
    kill "$(cat "$ESAFETY_HOME/greenmail-$ESAFETY_SMTP_PORT.pid")" 2>/dev/null || true
    rm -f "$ESAFETY_HOME/greenmail-$ESAFETY_SMTP_PORT.pid"
  fi
  stop_listener "$ESAFETY_MAIL_API_PORT"
  stop_listener "$ESAFETY_SMTP_PORT"
}

# wait_ready URL SECONDS
wait_ready() {
  local url=$1 limit=$2
  for _ in $(seq $((limit * 4))); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.25
  done
  return 1
}

# --- browser -----------------------------------------------------------------------------------

# browser_installed: Debian's Chromium and ChromeDriver, which the browser tests drive headless.
browser_installed() {
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    return 0
  fi
  say "Installing Chromium and ChromeDriver from Debian (for the browser tests)"
  local sudo=; [[ $(id -u) -eq 0 ]] || sudo=sudo
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 \
    || { $sudo apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver >/dev/null; } \
    || die "could not install chromium and chromium-driver"
}
