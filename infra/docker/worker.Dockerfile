# syntax=docker/dockerfile:1
# The worker image: node apps/worker/dist/main.js (BullMQ jobs; probes /health/live and
# /health/ready on :3001, Prometheus on :9464). Build from the repository root:
#   docker build -f infra/docker/worker.Dockerfile --build-arg GIT_REVISION=$(git rev-parse HEAD) .
# Base images are pinned by exact version and digest (a manifest list: amd64 and arm64).
ARG NODE_IMAGE=node:20.20.2-bookworm-slim@sha256:2cf067cfed83d5ea958367df9f966191a942351a2df77d6f0193e162b5febfc0

# ---- build: every dependency, then compile the workspaces the worker needs
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
COPY apps/worker apps/worker
RUN npx turbo run build --filter=@act/worker...

# ---- deps: production dependencies of the worker's workspaces only (no dev dependencies)
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN npm install -g npm@11.19.1 --no-audit --no-fund
COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/db/package.json packages/db/
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/web/package.json apps/web/
RUN npm ci --omit=dev --workspace=@act/worker --no-audit --no-fund --ignore-scripts \
  && rm -rf apps/api apps/web node_modules/@act/api node_modules/@act/web \
  && npm cache clean --force

# ---- runtime: root owns every file, the process runs as an unprivileged numeric user and writes
# nothing outside /tmp (the root filesystem may be mounted read-only).
FROM ${NODE_IMAGE} AS runtime
ARG GIT_REVISION=unknown
LABEL org.opencontainers.image.title="act-worker" \
      org.opencontainers.image.description="ACT platform background worker" \
      org.opencontainers.image.revision=$GIT_REVISION
ENV NODE_ENV=production \
    WORKER_HEALTH_HOST=0.0.0.0 \
    WORKER_HEALTH_PORT=3001 \
    METRICS_HOST=0.0.0.0 \
    METRICS_PORT=9464 \
    HOME=/tmp \
    NPM_CONFIG_CACHE=/tmp/.npm \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app
COPY --from=deps /app ./
COPY --from=build /src/packages/domain/dist packages/domain/dist
COPY --from=build /src/packages/db/dist packages/db/dist
COPY --from=build /src/apps/worker/dist apps/worker/dist
USER 10001:10001
EXPOSE 3001 9464
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.WORKER_HEALTH_PORT||3001)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "apps/worker/dist/main.js"]
