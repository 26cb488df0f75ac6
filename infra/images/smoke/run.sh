#!/usr/bin/env bash
# Runs service images in containers the way the chart runs them (non-root user 10001, read-only root file
# system with a /tmp tmpfs, no capabilities, no privilege escalation, a memory limit) against a real Kafka
# broker and the local Postgres, and checks that each reaches /health/ready, that the edge answers through the
# services, and that SIGTERM stops a service gracefully. Needs root (it installs podman, runc and debootstrap
# from Debian when missing), the Postgres at 127.0.0.1:5432 (superuser postgres), and built modules
# (./bazaar build, or ./mvnw verify).
#
#   infra/images/smoke/run.sh [--base IMAGE|tar://PATH]     default: the local Debian base (infra/images/build-base.sh)
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)
base=tar://$root/infra/images/target/jre17-base.tar
if [ "${1:-}" = --base ]; then base=$2; fi
services=(identity catalog inventory cart orders edge)
declare -A port=([edge]=18080 [identity]=18081 [catalog]=18082 [inventory]=18083 [cart]=18084 [orders]=18085)
kafka_port=19092
work=$(mktemp -d)
prefix=bazaar_smoke_
export CONTAINERS_CONF=$work/containers.conf
cat > "$CONTAINERS_CONF" <<CONF
[containers]
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
[engine]
runtime = "runc"
CONF
kafka_pid=
cleanup() {
  for s in "${services[@]}"; do podman rm -f "smoke-$s" >/dev/null 2>&1 || true; done
  [ -n "$kafka_pid" ] && kill "$kafka_pid" 2>/dev/null && wait "$kafka_pid" 2>/dev/null || true
  for s in "${services[@]}"; do
    [ "$s" = edge ] && continue
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS ${prefix}$s" -c "DROP ROLE IF EXISTS ${prefix}$s" \
      >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*"; for s in "${services[@]}"; do echo "--- smoke-$s"; podman logs --tail 15 "smoke-$s" 2>&1 || true; done; exit 1; }

missing=()
for tool in podman runc debootstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} ..."
  apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
fi
[ -f infra/devstack/target/classpath.txt ] || { echo "build the modules first: ./bazaar build"; exit 1; }

if [[ "$base" == tar://* ]] && [ ! -f "${base#tar://}" ]; then infra/images/build-base.sh "${base#tar://}"; fi
echo "images from $base ..."
modules=$(printf 'services/%s,' "${services[@]}")
./mvnw -q -B -Pimages -pl "${modules%,}" -Dbazaar.image.base="$base" com.google.cloud.tools:jib-maven-plugin:buildTar
for s in "${services[@]}"; do podman load -q -i "services/$s/target/jib-image.tar" >/dev/null; done

echo "kafka on 127.0.0.1:$kafka_port, databases ${prefix}* ..."
java -cp "$(cat infra/devstack/target/classpath.txt)" infra/images/smoke/SmokeKafka.java "$work/kafka" "$kafka_port" > "$work/kafka.log" 2>&1 &
kafka_pid=$!
for _ in $(seq 1 60); do grep -q "kafka ready" "$work/kafka.log" && break; sleep 1; done
grep -q "kafka ready" "$work/kafka.log" || { cat "$work/kafka.log"; fail "kafka did not start"; }
for s in "${services[@]}"; do
  [ "$s" = edge ] && continue
  psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS ${prefix}$s" -c "DROP ROLE IF EXISTS ${prefix}$s" \
    -c "CREATE ROLE ${prefix}$s LOGIN PASSWORD '${prefix}$s'" -c "CREATE DATABASE ${prefix}$s OWNER ${prefix}$s" >/dev/null
done
openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$work/jwt.key"
openssl ec -in "$work/jwt.key" -pubout -out "$work/jwt.pub" 2>/dev/null

tag=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
for s in "${services[@]}"; do
  env=(-e BAZAAR_HTTP_PORT="${port[$s]}" -e BAZAAR_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$kafka_port
       -e BAZAAR_JWT_PUBLIC_KEY="$(cat "$work/jwt.pub")")
  if [ "$s" = edge ]; then
    for t in identity catalog inventory cart orders; do env+=(-e "BAZAAR_SERVICE_${t^^}_URL=http://127.0.0.1:${port[$t]}"); done
  else
    env+=(-e BAZAAR_PG_HOST=127.0.0.1 -e BAZAAR_PG_DATABASE=${prefix}$s -e BAZAAR_PG_USER=${prefix}$s
          -e BAZAAR_PG_PASSWORD=${prefix}$s)
  fi
  if [ "$s" = identity ]; then
    env+=(-e BAZAAR_JWT_PRIVATE_KEY="$(cat "$work/jwt.key")" -e BAZAAR_ADMIN_PASSWORD=smoke-admin-password)
  fi
  # what the chart's securityContext and resources do
  podman run -d --name "smoke-$s" --network host --user 10001:10001 --read-only --tmpfs /tmp:rw,size=64m \
    --cap-drop ALL --security-opt no-new-privileges --memory 768m "${env[@]}" \
    "localhost:5000/bazaar/$s:$tag" >/dev/null
done

for s in "${services[@]}"; do
  ok=
  for _ in $(seq 1 90); do
    if curl -fs -o /dev/null "http://127.0.0.1:${port[$s]}/health/ready" 2>/dev/null; then ok=1; break; fi
    sleep 1
  done
  [ -n "$ok" ] || fail "$s never became ready: $(curl -s "http://127.0.0.1:${port[$s]}/health/ready")"
  echo "ready: $s $(curl -s "http://127.0.0.1:${port[$s]}/health/ready")"
done
heap=$(podman exec smoke-catalog java -XX:MaxRAMPercentage=70 -XshowSettings:vm -version 2>&1 | awk '/Max. Heap Size/ {print $NF}')
echo "catalog container (768m limit, MaxRAMPercentage=70): max heap $heap"
[ "$(podman exec smoke-catalog id -u)" = 10001 ] || fail "catalog does not run as 10001"
podman exec smoke-catalog sh -c 'touch /app/x' 2>/dev/null && fail "the root file system is writable"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port[edge]}/api/v1/products?limit=1")
[ "$code" = 200 ] || fail "GET /api/v1/products through the edge answered $code"
echo "edge -> catalog: GET /api/v1/products answered 200"
token=$(curl -fsS "http://127.0.0.1:${port[edge]}/api/v1/sessions" -H 'Content-Type: application/json' \
  -d '{"email":"admin@bazaar.local","password":"smoke-admin-password"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || fail "no token from POST /api/v1/sessions"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port[edge]}/api/v1/me" -H "Authorization: Bearer $token")
[ "$code" = 200 ] || fail "GET /api/v1/me with the token answered $code"
echo "JWT keys made with openssl: identity signed a token, the edge verified it (GET /api/v1/me 200)"

start=$(date +%s)
podman stop -t 40 smoke-orders >/dev/null
took=$(( $(date +%s) - start ))
exit_code=$(podman inspect -f '{{.State.ExitCode}}' smoke-orders)
podman logs smoke-orders 2>&1 | grep -q '"orders stopping"\|orders stopping' || fail "orders logged no graceful stop"
[ "$took" -lt 40 ] || fail "orders needed SIGKILL ($took s)"
echo "SIGTERM: orders stopped gracefully in ${took}s (exit code $exit_code); its last log lines:"
podman logs --tail 4 smoke-orders 2>&1 | sed 's/^/    /' | cut -c1-220
echo "container smoke test passed"
