#!/bin/sh
# Exec credential plugin for tests: checks KUBERNETES_EXEC_INFO and echoes args/env in the token.
info=$(printf '%s' "$KUBERNETES_EXEC_INFO" | tr -d ' ')
case "$info" in
  *'"interactive":false'*) ;;
  *) echo "bad exec info: $info" >&2; exit 3;;
esac
if [ -n "$EXPECT_SERVER" ]; then
  case "$info" in
    *"\"server\":\"$EXPECT_SERVER\""*) ;;
    *) echo "no cluster info: $info" >&2; exit 4;;
  esac
fi
if [ -n "$COUNTER_FILE" ]; then
  echo x >> "$COUNTER_FILE"
  n=$(wc -l < "$COUNTER_FILE" | tr -d ' ')
else
  n=0
fi
exp=${EXPIRY:-2999-01-01T00:00:00Z}
api=${API_VERSION:-client.authentication.k8s.io/v1beta1}
if [ -n "$EXACT_TOKEN" ]; then
  printf '{"kind":"ExecCredential","apiVersion":"%s","spec":{},"status":{"token":"%s","expirationTimestamp":"%s"}}\n' \
    "$api" "$EXACT_TOKEN" "$exp"
  exit 0
fi
printf '{"kind":"ExecCredential","apiVersion":"%s","spec":{},"status":{"token":"%s%s","expirationTimestamp":"%s"}}\n' \
  "$api" "${TOKEN_PREFIX:-tok-$1-}" "$n" "$exp"
