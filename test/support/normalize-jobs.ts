import { Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, JobName, normalizeJobId, QueueName, redisOptionsFromUrl, type NormalizePostingPayload } from '@app/queue';

/** A queue handle of the test's own, as the producer in the apps makes it. */
export function normalizeQueue(redisUrl: string, prefix: string): Queue {
  return new Queue(QueueName.Normalize, { connection: redisOptionsFromUrl(redisUrl), prefix });
}

/** A valid posting for a source: distinct title per index, so each is its own posting. */
export function postingPayload(sourceId: string, index: number): NormalizePostingPayload {
  return {
    sourceId,
    raw: {
      externalId: `reliability-${index}`,
      url: `https://jobs.example.com/openings/${index}`,
      title: `Customer Support Agent ${index}`,
      description: '<p>Answer customer calls and chats. Full-time, day shifts.</p>',
      employer: 'Baltic Contact Centre',
      location: 'Tallinn, Estonia',
    },
  };
}

/** Adds NormalizePosting jobs the way the producer does: default options, one id per posting. */
export async function addPostings(queue: Queue, sourceId: string, from: number, count: number): Promise<void> {
  await queue.addBulk(
    Array.from({ length: count }, (_, i) => ({
      name: JobName.NormalizePosting,
      data: postingPayload(sourceId, from + i),
      opts: { ...DEFAULT_JOB_OPTIONS[QueueName.Normalize], jobId: normalizeJobId(sourceId, undefined, `reliability-${from + i}`) },
    })),
  );
}
