import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SearchService } from '#search';

interface Check {
  status: 'ok' | 'error';
  detail?: string;
}

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
  ) {}

  /** 200 with every part "ok", or 503 naming what is not. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const database = await check(async () => {
      const [{ version }]: { version: string }[] = await this.dataSource.query('SELECT version() AS version');
      return version.split(' on ')[0];
    });
    const search = await check(async () => {
      const result = await this.search.health();
      if (!result.ok) throw new Error(result.detail ?? 'utilgængelig');
      return `postgres fuldtekst, ${result.detail}`;
    });
    const ok = database.status === 'ok' && search.status === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'error', database, search });
  }
}

async function check(probe: () => Promise<string>): Promise<Check> {
  try {
    return { status: 'ok', detail: await probe() };
  } catch (error) {
    return { status: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
}
