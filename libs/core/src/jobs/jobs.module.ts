import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JOBS_CONFIG, JobQueue, type JobsConfig } from './job-queue.js';

@Global()
@Module({})
export class JobsModule {
  static forRoot(config: JobsConfig): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_CONFIG, useValue: config }, JobQueue],
      exports: [JobQueue],
    };
  }
}
