# syntax=docker/dockerfile:1
# The web image: nginx serving the built SPA with the security headers, passing /graphql,
# /calendar/ and /auth/sso/ to the API (infra/web/). Entrypoint infra/web/run.sh — the same
# script that runs it on a development machine. Build from the repository root:
#   docker build -f infra/docker/web.Dockerfile --build-arg GIT_REVISION=$(git rev-parse HEAD) .
# Base images are pinned by exact version and digest (manifest lists: amd64 and arm64).
ARG NODE_IMAGE=node:20.20.2-bookworm-slim@sha256:2cf067cfed83d5ea958367df9f966191a942351a2df77d6f0193e162b5febfc0
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28.0-bookworm@sha256:cd33960e98e93d4d63385790ff7f8f5bf2ca95184c581b7f42ae8aea1139fbfc

# ---- build: the SPA (nothing of Node goes into the final image)
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
COPY apps/web apps/web
RUN npx turbo run build --filter=@act/web \
  && find apps/web/dist -name '*.map' -delete

# ---- runtime: nginx as the image's unprivileged user (uid 101); writes only under /tmp
FROM ${NGINX_IMAGE} AS runtime
ARG GIT_REVISION=unknown
LABEL org.opencontainers.image.title="act-web" \
      org.opencontainers.image.description="ACT platform web app (static SPA behind nginx)" \
      org.opencontainers.image.revision=$GIT_REVISION
COPY --chown=0:0 --chmod=0755 infra/web/run.sh /etc/act-web/run.sh
COPY --chown=0:0 --chmod=0644 infra/web/nginx.conf.template infra/web/security-headers.conf.template infra/web/proxy-api.conf.template /etc/act-web/
COPY --from=build --chown=0:0 /src/apps/web/dist /usr/share/act-web
ENV WEB_ROOT=/usr/share/act-web \
    WEB_TMP=/tmp/act-web \
    LISTEN_HOST=0.0.0.0 \
    LISTEN_PORT=8080 \
    API_UPSTREAM=http://api:3000
USER 101:101
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
  CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["/etc/act-web/run.sh"]
