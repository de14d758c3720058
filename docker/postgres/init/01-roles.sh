#!/bin/sh
# Runs once, on the postgres container's first start (an empty data volume), as the superuser.
# Creates the two roles Liaise uses and its database:
#   liaise_owner  owns the database (and so its public schema); the migrations run as it
#   liaise_app    the api's connections: owns nothing, cannot bypass row-level security, holds only the
#                 grants the migrations give it
# The superuser is for this script only; Liaise never connects as it.
# Passwords come from LIAISE_OWNER_PASSWORD and LIAISE_APP_PASSWORD (see docker/.env.example).
set -e

: "${LIAISE_OWNER_PASSWORD:?LIAISE_OWNER_PASSWORD is not set}"
: "${LIAISE_APP_PASSWORD:?LIAISE_APP_PASSWORD is not set}"

# psql quotes the passwords itself (:'name'), whatever they contain.
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname postgres \
  --set owner_password="$LIAISE_OWNER_PASSWORD" \
  --set app_password="$LIAISE_APP_PASSWORD" <<'SQL'
CREATE ROLE liaise_owner LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE liaise_app LOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE DATABASE liaise OWNER liaise_owner;
REVOKE ALL ON DATABASE liaise FROM PUBLIC;
GRANT CONNECT ON DATABASE liaise TO liaise_app;
SQL
