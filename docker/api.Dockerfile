# syntax=docker/dockerfile:1
#
# Liaise: one image for every Liaise process. The api role (GraphQL + the built web) and the worker role
# (`--role worker`) run the same build. Build from the repository root:
#
#   docker build -f docker/api.Dockerfile -t liaise-api .
#
# Stages: manifests (package.json files only) → deps (all dependencies) → build (nx build of the libs, the
# api and the web) and, separately, prod-deps (production dependencies only) → runtime.
# COPY --parents needs the Dockerfile frontend 1.20 or newer, which the syntax line above pulls.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- manifests: what `npm ci` needs, and nothing that changes with the source ------------------------
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
# Every workspace's package.json, in its place: npm creates node_modules/@liaise/* as symlinks to them.
COPY --parents package.json package-lock.json .npmrc apps/*/package.json libs/*/*/package.json test/*/package.json ./

# ---- deps: everything, dev dependencies included (Nx, TypeScript, Vite) ------------------------------
FROM manifests AS deps
RUN --mount=type=cache,id=liaise-npm,target=/root/.npm \
    npm ci

# ---- build: the libraries (libs/*/*/dist), the api (apps/api/dist) and the web (apps/web/dist) -------
FROM deps AS build
# generic | govuk: see apps/web/README.md ("Brand").
ARG LIAISE_BRAND=generic
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY . .
RUN npx nx run-many -t build -p api web \
 && mkdir -p /out \
 && cp -r --parents apps/api/dist apps/web/dist libs/*/*/dist /out/ \
 && find /out -name '*.tsbuildinfo' -delete

# ---- prod-deps: production dependencies only, with the same workspace symlinks -----------------------
FROM manifests AS prod-deps
RUN --mount=type=cache,id=liaise-npm,target=/root/.npm \
    npm ci --omit=dev

# ---- runtime ------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_DIST_DIR=/app/apps/web/dist \
    DATA_DIR=/app/.data
WORKDIR /app
# Same layout as the repository: /app/node_modules, /app/apps/..., /app/libs/... The files stay owned by
# root, so the process cannot change its own code.
COPY --from=prod-deps /app ./
COPY --from=build /out ./
COPY --chmod=0755 docker/entrypoint.sh docker/entrypoint.sh
# The only folder the process may write to (the embedded database is never used here; local files only).
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# Liveness only: the process answers. Readiness (database reachable) is GET /health/ready.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 3000}/health/live`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/app/docker/entrypoint.sh"]
