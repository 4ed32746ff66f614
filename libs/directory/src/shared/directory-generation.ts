import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The directory's generation: `search_generation` holds a number that triggers move on at the commit of every
 * change to the public directory and its search index, whoever writes it (migration SearchGeneration). Whatever
 * was computed after reading a number is current while the number stays: the caches of search, suggest and the
 * handover guide hold on to it, on every API process alike.
 */
@Injectable()
export class DirectoryGeneration {
  private reading: Promise<string> | null = null;
  private nextRead: Promise<string> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The number as of now. Callers share reads: a read already sent may have started before the caller asked, so
   * it is not current enough for it; the next one, sent when that one ends, is. At most one read is in flight.
   */
  current(): Promise<string> {
    if (!this.reading) return this.read();
    return (this.nextRead ??= this.reading
      .catch(() => undefined)
      .then(() => {
        this.nextRead = null;
        return this.read();
      }));
  }

  private read(): Promise<string> {
    const read = this.dataSource
      .query(`SELECT generation FROM search_generation WHERE id = 1`)
      .then((rows: { generation: string }[]) => String(rows[0]?.generation ?? ''));
    this.reading = read;
    const done = () => {
      if (this.reading === read) this.reading = null;
    };
    read.then(done, done);
    return read;
  }
}
