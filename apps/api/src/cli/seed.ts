import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DemoSeeder } from '#demo';
import { AppModule } from '../app.module.js';
import { configOrFail, databaseOrFail } from '../bootstrap.js';

/** `npm run seed`: (re)loads the demo dataset into the configured database. */
const config = configOrFail();
const database = await databaseOrFail(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(database, config), { logger: ['error', 'warn', 'log'] });
await app.init();
await DemoSeeder.of(app).seed();
await app.close();
await database.close();
