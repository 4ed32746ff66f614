export * from './theme-day-uid.js';
export * from './calendar-feed.service.js';
