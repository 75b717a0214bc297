#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time from its seed corpus (CTest's fuzz_<parser>).
#   run-fuzzer.sh FUZZER SEED_CORPUS WORK_DIR [DICT]
# ROLLOUTDESK_FUZZ_SECONDS: how long (default 20; 0 skips, exit 77). ROLLOUTDESK_FUZZ_SEED: the
# seed (default 1, so a CI run is repeatable as far as timing allows).
# New inputs go to WORK_DIR/corpus, never into the source tree; a crash, leak, sanitizer report,
# timeout or out-of-memory fails the run and leaves the input in WORK_DIR/artifacts/.
set -euo pipefail
fuzzer="$1" seeds="$2" work="$3" dict="${4:-}"
seconds="${ROLLOUTDESK_FUZZ_SECONDS:-20}"
if [ "$seconds" = 0 ]; then
    echo "fuzzing skipped (ROLLOUTDESK_FUZZ_SECONDS=0)"
    exit 77
fi
mkdir -p "$work/corpus" "$work/artifacts"
# libFuzzer reports a finding with exit code 77 unless told otherwise, and 77 is what CTest
# counts as skipped (SKIP_RETURN_CODE, for ROLLOUTDESK_FUZZ_SECONDS=0 above): a finding must fail.
args=(-seed="${ROLLOUTDESK_FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=25 -error_exitcode=1
      -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=65536 -print_final_stats=1
      -artifact_prefix="$work/artifacts/")
if [ -n "$dict" ]; then
    args+=(-dict="$dict")
fi
exec "$fuzzer" "${args[@]}" "$work/corpus" "$seeds"
