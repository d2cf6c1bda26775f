#!/usr/bin/env bash
# System packages the tests need: PostgreSQL (second database backend) and Chromium (browser
# tests). Installs only what is missing. Needs root (as on CI and the dev machines).
set -euo pipefail
need=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v openssl >/dev/null 2>&1 || need+=(openssl)  # extension tests: a throw-away TLS certificate
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
# Java for the Spark tests (pyspark local mode); Debian 12 ships OpenJDK 17
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
command -v hey >/dev/null 2>&1 || need+=(hey)  # bench/web_throughput.py: HTTP load generator
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
