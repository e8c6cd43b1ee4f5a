import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from '@app/config';
import { WorkerModule } from './worker.module';

/** The worker: queue processors and the scheduler; HTTP only for health (and metrics). */
async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Shutdown hooks let BullMQ workers finish or hand back their active jobs on SIGTERM/SIGINT.
  app.enableShutdownHooks();
  await app.listen(config.WORKER_HEALTH_PORT, config.API_HOST);
  app.get(Logger).log({ msg: 'worker started', healthPort: config.WORKER_HEALTH_PORT });
}

void bootstrap();
