#!/bin/sh
# A broken plugin that never stops writing to stdout.
exec yes "{\"kind\":\"ExecCredential\"}"
