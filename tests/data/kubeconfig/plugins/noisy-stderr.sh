#!/bin/sh
# A chatty plugin: 8 MiB of progress on stderr, then a valid credential.
head -c 8388608 /dev/zero | tr '\0' '.' >&2
printf '%s\n' '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"chatty"}}'
