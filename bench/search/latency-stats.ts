export interface LatencySummary {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Exact percentiles (nearest rank) of every recorded latency, in ms with two decimals. */
export function summarise(latencies: number[], errors: number, seconds: number): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
  const round = (v: number) => Math.round(v * 100) / 100;
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    rps: round(latencies.length / seconds),
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : 0),
    mean: round(latencies.length ? sum / latencies.length : 0),
  };
}
