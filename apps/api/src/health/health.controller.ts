import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SearchService } from '#search';

interface Check {
  /** degraded: works, but not as configured (Meilisearch down, PostgreSQL answering searches). */
  status: 'ok' | 'degraded' | 'error';
  detail?: string;
}

/** A readiness probe that waits longer than this counts the database as not answering. */
const READY_TIMEOUT_MS = 2_000;

@Controller('health')
export class HealthController {
  /** Set once no migration is pending; after that readiness asks only whether the database answers. */
  private migrated = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
  ) {}

  /** Liveness: the process serves HTTP. Nothing else is asked, so a slow database never gets it restarted. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: 200 only when every migration has run and the database answers; else 503 naming what is missing. */
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const database = await check(() =>
      withTimeout(async () => {
        if (!this.migrated) {
          if (await this.dataSource.showMigrations()) throw new Error('migreringer mangler at blive kørt');
          this.migrated = true;
        }
        await this.dataSource.query('SELECT 1');
        return 'svarer';
      }),
    );
    const ok = database.status === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'error', database });
  }

  /** 200 when every part works ("ok", or "degraded" when search fell back to PostgreSQL), else 503 naming what does not. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const database = await check(async () => {
      const [{ version }]: { version: string }[] = await this.dataSource.query('SELECT version() AS version');
      return version.split(' on ')[0];
    });
    let degraded = false;
    const search = await check(async () => {
      const result = await this.search.health();
      if (!result.ok) throw new Error(result.detail ?? 'utilgængelig');
      degraded = result.degraded === true;
      return result.engine === 'postgres' ? `postgres fuldtekst, ${result.detail}` : (result.detail ?? result.engine);
    });
    if (degraded && search.status === 'ok') search.status = 'degraded';
    const ok = database.status !== 'error' && search.status !== 'error';
    const status = !ok ? 'error' : database.status === 'ok' && search.status === 'ok' ? 'ok' : 'degraded';
    res.status(ok ? 200 : 503).json({ status, database, search });
  }
}

async function withTimeout(probe: () => Promise<string>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`svarede ikke inden for ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([probe(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function check(probe: () => Promise<string>): Promise<Check> {
  try {
    return { status: 'ok', detail: await probe() };
  } catch (error) {
    return { status: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
}
