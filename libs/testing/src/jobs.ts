import type { INestApplicationContext } from '@nestjs/common';
import { JobQueue } from '#core';

const BUSY = ['created', 'retry', 'active'];

/** Waits until no `name` job and no mail is waiting or running. */
export async function drainJobs(app: INestApplicationContext, name = 'mail.send', timeoutMs = 30_000): Promise<void> {
  const jobs = app.get(JobQueue);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = (await jobs.count(name, BUSY)) + (name === 'mail.send' ? 0 : await jobs.count('mail.send', BUSY));
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${name} blev ikke færdig på ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Runs a scheduled job as of `at` through the real queue (its handler reads `data.at`) and waits
 * until it, and the mail it queued, have finished: how tests move time forward without sleeping.
 */
export async function runJobAsOf(app: INestApplicationContext, name: string, at: Date): Promise<void> {
  await app.get(JobQueue).enqueue(null, name, { at: at.toISOString() });
  await drainJobs(app, name);
}
