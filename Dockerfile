# syncwright: one image for every role (console, worker, webhook intake, one-off runs).
# Build:  docker build -t syncwright .
# Run:    docker compose up   (see compose.yaml: console + worker + PostgreSQL)
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY src ./src
RUN pip install --no-cache-dir --prefix=/install .

FROM python:3.11-slim
LABEL org.opencontainers.image.title="syncwright" \
      org.opencontainers.image.licenses="Apache-2.0"
COPY --from=build /install /usr/local
# An unprivileged user; job files are mounted read-only under /jobs, SQLite stores
# (when not using PostgreSQL) and file destinations under /data.
RUN useradd --create-home --uid 10001 syncwright && mkdir -p /jobs /data \
    && chown syncwright /data
USER syncwright
WORKDIR /data
ENV PYTHONUNBUFFERED=1 SYNCWRIGHT_STORE=/data/syncwright.db
ENTRYPOINT ["syncwright"]
CMD ["--help"]
