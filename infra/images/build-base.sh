#!/usr/bin/env bash
# Builds the JRE 17 base image for the service images without a registry or a container engine:
# Debian (bookworm, minbase) with openjdk-17-jre-headless, written as a docker-save tarball that Jib reads
# with a tar:// base (./bazaar images --local-base). Needs root and debootstrap; reaches only a Debian mirror.
#
#   infra/images/build-base.sh [OUTPUT.tar]      default: infra/images/target/jre17-base.tar
#
# Settings: BAZAAR_BASE_SUITE (bookworm), BAZAAR_BASE_MIRROR (http://deb.debian.org/debian).
set -euo pipefail
cd "$(dirname "$0")"
out=$(realpath -m "${1:-target/jre17-base.tar}")
suite=${BAZAAR_BASE_SUITE:-bookworm}
mirror=${BAZAAR_BASE_MIRROR:-http://deb.debian.org/debian}
java_home=/usr/lib/jvm/java-17-openjdk-amd64

[ "$(id -u)" = 0 ] || { echo "debootstrap needs root"; exit 1; }
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "debootstrap $suite (minbase + openjdk-17-jre-headless) from $mirror ..."
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates "$suite" "$work/rootfs" "$mirror" \
  > "$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log"; exit 1; }

# what a runtime image does not need
rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/* \
  "$work"/rootfs/usr/share/doc/* "$work"/rootfs/usr/share/man/* "$work"/rootfs/usr/share/locale/*
test -x "$work/rootfs$java_home/bin/java" || { echo "no java in the image at $java_home"; exit 1; }

# one layer, then the docker-save layout: manifest.json, the config, the layer
mkdir -p "$work/image/layer"
tar --numeric-owner --xattrs -C "$work/rootfs" -cf "$work/image/layer/layer.tar" .
diff_id=$(sha256sum "$work/image/layer/layer.tar" | cut -d' ' -f1)
cat > "$work/image/config.json" <<JSON
{
  "architecture": "amd64",
  "os": "linux",
  "created": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "config": {
    "Env": ["PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "JAVA_HOME=$java_home", "LANG=C.UTF-8"],
    "Cmd": ["java", "-version"]
  },
  "rootfs": { "type": "layers", "diff_ids": ["sha256:$diff_id"] },
  "history": [ { "created_by": "infra/images/build-base.sh: debootstrap $suite minbase + openjdk-17-jre-headless" } ]
}
JSON
config_id=$(sha256sum "$work/image/config.json" | cut -d' ' -f1)
mv "$work/image/config.json" "$work/image/$config_id.json"
cat > "$work/image/manifest.json" <<JSON
[ { "Config": "$config_id.json", "RepoTags": ["bazaar/jre17-base:$suite"], "Layers": ["layer/layer.tar"] } ]
JSON
mkdir -p "$(dirname "$out")"
tar -C "$work/image" -cf "$out" manifest.json "$config_id.json" layer/layer.tar
echo "base image: $out ($(du -h "$out" | cut -f1)); use it with ./bazaar images --base tar://$out"
