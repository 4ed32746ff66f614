import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { closeOnSignals, configOrFail, databaseOrFail } from './bootstrap.js';
import { describeTarget } from './config/config.js';
import { AppLogger } from './observability/app-logger.js';

/**
 * `npm run start:worker`: runs background jobs (mail, scheduled work) without serving HTTP, against
 * the same database as the API. Start API processes with RUN_JOBS=false to leave jobs to workers.
 * Needs DATABASE_URL: the embedded database belongs to one process.
 */
const config = configOrFail();
const appLogger = new AppLogger(config.observability.logFormat);
Logger.overrideLogger(appLogger);
const logger = new Logger('Worker');
const database = await databaseOrFail(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(database, { ...config, jobs: { ...config.jobs, work: true } }), {
  logger: appLogger,
});
await app.init();
closeOnSignals(app, database, logger);
logger.log(`Arbejder på jobs (${describeTarget(config.database)})`);
