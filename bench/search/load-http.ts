import autocannon from 'autocannon';
import { summarise, type LatencySummary } from './latency-stats';

/**
 * Drives the API with autocannon: `connections` keep-alive clients for `seconds`, each request's
 * path taken in turn from `nextPath` (shared by all clients, so they do not march in step).
 * Every response time is kept for exact percentiles; a non-2xx status counts as an error.
 */
export async function loadHttp(baseUrl: string, nextPath: () => string, connections: number, seconds: number): Promise<LatencySummary & { statuses: Record<string, number> }> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = Date.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors++;
    });
  });
  errors += result.errors + result.timeouts;
  return { ...summarise(latencies, errors, (Date.now() - started) / 1000), statuses };
}
