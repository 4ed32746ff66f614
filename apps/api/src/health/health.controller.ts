import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SearchService } from '#search';

interface Check {
  /** degraded: works, but not as configured (Meilisearch down, PostgreSQL answering searches). */
  status: 'ok' | 'degraded' | 'error';
  detail?: string;
}

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
  ) {}

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

async function check(probe: () => Promise<string>): Promise<Check> {
  try {
    return { status: 'ok', detail: await probe() };
  } catch (error) {
    return { status: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
}
