#!/usr/bin/env bash
# Deploys the Orderlens WAR to a standalone Payara Server 6 the way docs/operations.md tells an
# admin to, and checks that it works:
#   1. unpacks the distribution zip from Maven Central (fish.payara.distributions:payara);
#   2. creates a domain that listens on 127.0.0.1 only (no data grid, no JMS broker), with the
#      MariaDB driver in its lib;
#   3. defines with asadmin a password alias, a non-XA JDBC connection pool and a JDBC resource;
#   4. starts the domain with ORDERLENS_DB_JNDI_NAME naming that resource, and deploys the WAR;
#   5. sends a signed ticket (answered 200 with its enrichment), the same event again (answered from
#      storage), an unsigned one (refused 401), and reads the admin overview, which counts the event.
# The built-in data source is pointed at a closed port on purpose: the ticket can only be stored
# through the pool the admin defined. The domain is stopped at the end, whatever happened.
#
# Usage: ORDERLENS_DB_URL=jdbc:mariadb://127.0.0.1:3306/orderlens ORDERLENS_DB_USER=orderlens \
#        ORDERLENS_DB_PASSWORD=… scripts/payara-server-deploy.sh [path/to/orderlens.war]
# Optional: PAYARA_VERSION (6.2025.9), PAYARA_DIR (target/payara-server), PORT_BASE (28000).
set -euo pipefail
cd "$(dirname "$0")/.."

war="${1:-target/orderlens.war}"
version="${PAYARA_VERSION:-6.2025.9}"
dir="${PAYARA_DIR:-target/payara-server}"
base="${PORT_BASE:-28000}"
admin_port=$((base + 48))
http_port=$((base + 80))
url="http://127.0.0.1:${http_port}"
domain=orderlens
: "${ORDERLENS_DB_URL:?set ORDERLENS_DB_URL (jdbc:mariadb://host:port/database)}"
: "${ORDERLENS_DB_USER:?set ORDERLENS_DB_USER}"
: "${ORDERLENS_DB_PASSWORD:?set ORDERLENS_DB_PASSWORD}"
[ -f "$war" ] || { echo "No WAR at $war: build it with ./mvnw -B package -DskipTests"; exit 1; }

step() { echo "== $*"; }
fail() { echo "FAILED: $*"; tail -40 "$dir/payara6/glassfish/domains/$domain/logs/server.log" 2>/dev/null | cut -c1-300; exit 1; }

step "Payara Server $version from Maven Central"
zip="$HOME/.m2/repository/fish/payara/distributions/payara/$version/payara-$version.zip"
[ -f "$zip" ] || ./mvnw -B -q dependency:get -Dartifact="fish.payara.distributions:payara:$version:zip" -Dtransitive=false
rm -rf "$dir" && mkdir -p "$dir"
unzip -q "$zip" -d "$dir"
asadmin="$dir/payara6/bin/asadmin"
domain_dir="$dir/payara6/glassfish/domains/$domain"
as() { "$asadmin" --port "$admin_port" "$@"; }

step "domain $domain on ports ${base}+ (http $http_port, admin $admin_port), 127.0.0.1 only"
"$asadmin" create-domain --nopassword --portbase "$base" "$domain" >/dev/null
sed -i -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
  -e 's/<network-listener port=/<network-listener address="127.0.0.1" port=/' \
  "$domain_dir/config/domain.xml"
# The server's pool loads the JDBC driver from the domain's lib folder; the WAR carries the same one.
driver_jar=$(unzip -Z1 "$war" | grep -m1 'WEB-INF/lib/mariadb-java-client-.*\.jar$') \
  || fail "the WAR carries no MariaDB driver"
unzip -q -j -o "$war" "$driver_jar" -d "$domain_dir/lib"

stop_domain() { "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true; }
trap stop_domain EXIT

# Orderlens uses neither the data grid nor the JMS broker, which would listen on every interface.
step "no data grid, no JMS broker"
"$asadmin" start-domain "$domain" >/dev/null || fail "start-domain"
as set-hazelcast-configuration --enabled=false --dynamic=true >/dev/null
as set configs.config.server-config.jms-service.type=DISABLED >/dev/null
"$asadmin" stop-domain "$domain" >/dev/null

secret="payara-server-$(date +%s)-$RANDOM$RANDOM"
admin_password="admin-$RANDOM$RANDOM"
started=$(date +%s)
step "start-domain, the application's settings in its environment"
ORDERLENS_DB_JNDI_NAME=jdbc/orderlens \
  ORDERLENS_DB_URL="jdbc:mariadb://127.0.0.1:1/unused" \
  ORDERLENS_WEBHOOK_SECRET="$secret" \
  ORDERLENS_ADMIN_USER=admin ORDERLENS_ADMIN_PASSWORD="$admin_password" \
  "$asadmin" start-domain "$domain" >/dev/null || fail "start-domain"

step "password alias, non-XA connection pool and JDBC resource"
password_file=$(mktemp)
chmod 600 "$password_file"
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$ORDERLENS_DB_PASSWORD" >"$password_file"
as --passwordfile "$password_file" create-password-alias orderlens-db >/dev/null
rm -f "$password_file"
# asadmin's property syntax separates with ':' and wants the URL's own colons escaped.
db_url_escaped=${ORDERLENS_DB_URL//:/\\:}
as create-jdbc-connection-pool \
  --datasourceclassname org.mariadb.jdbc.MariaDbDataSource --restype javax.sql.DataSource \
  --steadypoolsize 2 --maxpoolsize 32 \
  --isconnectvalidatereq=true --validationmethod meta-data --failconnection=true \
  --property "url=${db_url_escaped}:user=${ORDERLENS_DB_USER}:password=\${ALIAS=orderlens-db}" \
  orderlens-pool >/dev/null
as ping-connection-pool orderlens-pool >/dev/null || fail "the pool cannot reach the database"
as create-jdbc-resource --connectionpoolid orderlens-pool jdbc/orderlens >/dev/null

step "deploy $war"
as deploy --contextroot / --name orderlens "$war" >/dev/null || fail "deploy"
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ] && break
  sleep 1
done
curl -sf "$url/health/ready" >/dev/null || fail "not ready"
ready=$(($(date +%s) - started))
beyond_loopback=$(ss -ltnH 2>/dev/null | awk '{print $4}' \
  | grep -E "^(\*|0\.0\.0\.0|\[::\]):${base%??}[0-9]{2}$" || true)
[ -z "$beyond_loopback" ] || fail "the domain listens beyond 127.0.0.1: $beyond_loopback"

generic_events() {
  curl -s -u "admin:$admin_password" "$url/api/v1/admin/overview" | python3 -c 'import json,sys
print(sum(e["events"] for e in json.load(sys.stdin)["eventsPerHour"] if e["helpdesk"] == "generic"))'
}
step "a signed ticket"
before=$(generic_events) || fail "the admin overview did not answer"
event="payara-server-$(date +%s)-$RANDOM"
status_of() { sed -n 's/^HTTP[^ ]* \([0-9]*\).*/\1/p' | tail -1; }
first=$(EVENT_ID="$event" ORDERLENS_WEBHOOK_SECRET="$secret" \
  scripts/send-ticket.sh scripts/sample-ticket.json "$url")
echo "$first" | grep -q '"ticketId":"4711"' || fail "the signed ticket was not enriched: $first"
again=$(EVENT_ID="$event" ORDERLENS_WEBHOOK_SECRET="$secret" \
  scripts/send-ticket.sh scripts/sample-ticket.json "$url")
[ "$again" = "$first" ] || fail "the redelivered event was answered differently"
unsigned=$(curl -s -i -X POST "$url/api/v1/webhooks/generic" -H 'Content-Type: application/json' \
  --data-binary '{"eventId":"x","ticket":{"id":"1"}}' | status_of)
[ "$unsigned" = 401 ] || fail "an unsigned webhook was answered $unsigned"
after=$(generic_events) || fail "the admin overview did not answer"
[ "$after" -eq $((before + 1)) ] || fail "the admin overview counted $before then $after generic events, not one more"

echo "payara server $version: deployed and ready in ${ready} s; signed ticket enriched through the server's pool jdbc/orderlens, redelivery answered from storage, unsigned refused 401, the admin overview counts it once"
