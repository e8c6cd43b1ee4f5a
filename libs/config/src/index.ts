export { envSchema, type AppConfig } from './env.schema';
export { loadConfig, loadConfigOrExit, ConfigError } from './load-config';
export { ConfigModule, APP_CONFIG } from './config.module';
export { loggerParams } from './logger-params';
