#!/bin/sh
# Exec plugin for tests: a stale token on the first run, GOOD_TOKEN afterwards (a 401 refresh).
echo x >> "$COUNTER_FILE"
n=$(wc -l < "$COUNTER_FILE" | tr -d ' ')
if [ "$n" -le 1 ]; then tok=stale-token; else tok=$GOOD_TOKEN; fi
printf '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"%s"}}\n' "$tok"
