export { createDemoBoardsServer, type DemoBoardsOptions, type DemoBoardsServer } from './demo-boards.server';
