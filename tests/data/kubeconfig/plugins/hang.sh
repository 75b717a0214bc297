#!/bin/sh
echo 'Open https://login.example/device and enter ABCD' >&2
exec sleep 600
