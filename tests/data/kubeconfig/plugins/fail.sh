#!/bin/sh
echo 'MFA token expired, run aws sso login' >&2
exit 7
