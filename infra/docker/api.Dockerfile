# syntax=docker/dockerfile:1
# The API image: node apps/api/dist/main.js (GraphQL on :3000, probes /health/live and
# /health/ready, Prometheus on :9464). Also runs the migration Job (`node
# packages/db/dist/cli/migrate.js`, what `npm run db:migrate` runs). Build from the repository root:
#   docker build -f infra/docker/api.Dockerfile --build-arg GIT_REVISION=$(git rev-parse HEAD) .
# Base images are pinned by exact version and digest (a manifest list: amd64 and arm64).
ARG NODE_IMAGE=node:20.20.2-bookworm-slim@sha256:2cf067cfed83d5ea958367df9f966191a942351a2df77d6f0193e162b5febfc0

# ---- build: every dependency, then compile the workspaces the API needs
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV TURBO_TELEMETRY_DISABLED=1 CI=true
RUN npm install -g npm@11.19.1 --no-audit --no-fund
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/db/package.json packages/db/
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/web/package.json apps/web/
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY packages/domain packages/domain
COPY packages/db packages/db
COPY apps/api apps/api
RUN npx turbo run build --filter=@act/api...

# ---- deps: production dependencies of the API's workspaces only (no dev dependencies)
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN npm install -g npm@11.19.1 --no-audit --no-fund
COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/db/package.json packages/db/
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/web/package.json apps/web/
RUN npm ci --omit=dev --workspace=@act/api --no-audit --no-fund --ignore-scripts \
  && rm -rf apps/worker apps/web node_modules/@act/worker node_modules/@act/web \
  && npm cache clean --force

# ---- runtime: root owns every file, the process runs as an unprivileged numeric user and writes
# nothing outside /tmp (the root filesystem may be mounted read-only).
FROM ${NODE_IMAGE} AS runtime
ARG GIT_REVISION=unknown
LABEL org.opencontainers.image.title="act-api" \
      org.opencontainers.image.description="ACT platform GraphQL API" \
      org.opencontainers.image.revision=$GIT_REVISION
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    METRICS_HOST=0.0.0.0 \
    METRICS_PORT=9464 \
    HOME=/tmp \
    NPM_CONFIG_CACHE=/tmp/.npm \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app
COPY --from=deps /app ./
COPY --from=build /src/packages/domain/dist packages/domain/dist
COPY --from=build /src/packages/db/dist packages/db/dist
COPY --from=build /src/apps/api/dist apps/api/dist
USER 10001:10001
EXPOSE 3000 9464
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# A larger young generation (64 MB semi-spaces, V8's default is 16): a long list (the team week,
# ~1,000 visits) is built from many short-lived objects, and with the default the scavenger ran
# so often it was ~40 % of the API's CPU for it (docs/performance.md, "Work on the budgets, part 2").
ENTRYPOINT ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]
