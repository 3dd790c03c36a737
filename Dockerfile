# The app (API + built client) for users who run Docker; Neo4j runs in its own container
# (see docker-compose.yml).
FROM node:20-bookworm-slim
RUN npm i -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build
ENV HOST=0.0.0.0 PORT=3000 CLIENT_DIST=/app/client/dist
EXPOSE 3000
CMD ["sh", "-c", "pnpm graph load && pnpm --filter @pag/server start"]
