import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { closeOnSignals, configOrFail, databaseOrFail, fail } from './bootstrap.js';
import { describeTarget } from './config/config.js';
import { configureHttp } from './http/configure-http.js';
import { AppLogger } from './observability/app-logger.js';

async function main(): Promise<void> {
  const started = Date.now();
  const config = configOrFail();
  const appLogger = new AppLogger(config.observability.logFormat);
  Logger.overrideLogger(appLogger);
  const logger = new Logger('Vejviser');
  const database = await databaseOrFail(config);
  const app = await NestFactory.create(AppModule.forRoot(database, config), { logger: appLogger, abortOnError: false });

  configureHttp(app, config);
  await app.init();
  if (config.seedDemo) {
    // The demo lib is loaded only here, so a start without demo data never loads it.
    const { DemoSeeder } = await import('#demo');
    const seeder = DemoSeeder.of(app);
    if (!(await seeder.hasAnyOrganisation())) await seeder.seed();
  }

  closeOnSignals(app, database, logger);

  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close();
    await database.close();
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === 'EADDRINUSE' ? `PORT ${config.port} er allerede i brug. Vælg en anden med PORT=…` : `PORT/HOST: ${(error as Error).message}`,
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  logger.log(
    `Klar på http://localhost:${config.port}/graphql efter ${seconds} s (${describeTarget(config.database)})${config.sandbox ? ' — åbn adressen i en browser for GraphQL-udforskeren (GraphiQL)' : ''}`,
  );
}

void main();
