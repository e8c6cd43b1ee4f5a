import type { Params } from 'nestjs-pino';
import type { AppConfig } from './env.schema';

/**
 * Structured JSON logs, one line per event, named by service. Request logs carry method, URL,
 * status and time; never headers (they can carry credentials).
 */
export function loggerParams(config: AppConfig, service: string, httpLogs: boolean): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      base: { service, pid: process.pid },
      autoLogging: httpLogs ? { ignore: (req) => req.url === '/health' || req.url === '/metrics' } : false,
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
    },
  };
}
