import { BadRequestException, NotFoundException, PipeTransform } from '@nestjs/common';
import { ALL_QUEUES, QueueName } from '@app/queue';

/** `:queue` in a route: one of the queue names, else 404 (there is no such resource). */
export class QueueNamePipe implements PipeTransform<string, QueueName> {
  transform(value: string): QueueName {
    if (!(ALL_QUEUES as readonly string[]).includes(value)) {
      throw new NotFoundException({ statusCode: 404, message: `there is no queue named "${String(value).slice(0, 60)}"; queues: ${ALL_QUEUES.join(', ')}` });
    }
    return value as QueueName;
  }
}

// BullMQ job ids here are ours (letters, digits, '-') or BullMQ's own counters; anything else
// cannot name a job and is refused before it reaches Redis.
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/;

/** `:jobId` in a route, else 400 naming it. */
export class JobIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!JOB_ID.test(value)) throw new BadRequestException({ statusCode: 400, message: 'jobId must be a job id (letters, digits, "-", "_", "."; at most 200)', parameters: ['jobId'] });
    return value;
  }
}
