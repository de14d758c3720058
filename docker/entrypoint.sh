#!/bin/sh
# Starts one Liaise process in the container.
#
#   (no arguments)          migrate, then serve (the role comes from ROLE, default all)
#   --role worker           migrate, then serve as the worker; any arguments starting with - go to serve
#   migrate | demo:load | … run that command of apps/api/dist/main.js instead, with its arguments
#
# Migrations take an advisory lock, so several containers starting together migrate once.
# SKIP_MIGRATIONS=true leaves out the separate migrate step before serve.
set -eu

cd /app
main=apps/api/dist/main.js

case "${1:-}" in
  '' | -*) command=serve ;;
  *)
    command=$1
    shift
    ;;
esac

if [ "$command" = serve ] && [ "${SKIP_MIGRATIONS:-false}" != true ]; then
  node "$main" migrate
fi

exec node "$main" "$command" "$@"
