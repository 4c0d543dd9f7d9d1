/** Backfill: index a committee's past meetings, politely (pure planning and queueing). */
export { planBackfill, type BackfillPlan, type BackfillSystem } from './plan';
export { listLegistarEvents, type ListedEvent } from './legistar-events';
export {
  createQueue,
  enqueue,
  runQueue,
  DEFAULT_MIN_INTERVAL_MS,
  type Job,
  type JobHandler,
  type QueueDeps,
  type QueueOptions,
  type QueueProgress,
  type QueueState,
} from './queue';
