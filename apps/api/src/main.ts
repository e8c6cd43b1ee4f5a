import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from '@app/config';
import { createApiApp } from './create-api-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  await app.listen(config.API_PORT, config.API_HOST);
  app.get(Logger).log({ msg: 'api listening', url: `http://${config.API_HOST}:${config.API_PORT}` });
}

void bootstrap();
