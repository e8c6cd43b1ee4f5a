# One image for every Frontline process; the compose file picks the entry point.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci
COPY tsconfig.json .swcrc nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
RUN npm run prisma:generate \
 && sed 's|127.0.0.1:4000|demo-boards:4000|g' apps/demo-boards/sources.demo.yaml > apps/demo-boards/sources.compose.yaml
# TypeScript is compiled at start by @swc-node/register (milliseconds per file), as in `npm run demo`.
ENTRYPOINT ["node", "-r", "@swc-node/register"]
CMD ["apps/api/src/main.ts"]
