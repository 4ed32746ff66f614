import { ProgressBar, type ProgressOutput } from './progress-bar.js';

function output(isTTY: boolean): ProgressOutput & { text: string } {
  return {
    isTTY,
    text: '',
    write(chunk: string) {
      this.text += chunk;
    },
  };
}

describe('ProgressBar', () => {
  it('prints a plain line per tenth without a terminal', () => {
    const out = output(false);
    const bar = new ProgressBar('PostgreSQL', out);
    for (let done = 0; done <= 1000; done += 50) bar.update(done, 1000);
    bar.update(1000, 1000);
    expect(out.text.split('\n').filter(Boolean)).toEqual(
      [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => `PostgreSQL: ${p} % (${p * 10}/1000)`),
    );
  });

  it('skips tenths a big batch jumps over, and finishes an empty index at once', () => {
    const out = output(false);
    const bar = new ProgressBar('Meilisearch', out);
    bar.update(0, 3);
    bar.update(2, 3);
    bar.update(3, 3);
    expect(out.text).toBe('Meilisearch: 0 % (0/3)\nMeilisearch: 60 % (2/3)\nMeilisearch: 100 % (3/3)\n');
    const empty = output(false);
    new ProgressBar('PostgreSQL', empty).update(0, 0);
    expect(empty.text).toBe('PostgreSQL: 100 % (0/0)\n');
  });

  it('redraws one line on a terminal and ends it when done', () => {
    const out = output(true);
    const bar = new ProgressBar('PostgreSQL', out);
    bar.update(1, 2);
    bar.update(2, 2);
    expect(out.text).toBe(`\rPostgreSQL [${'#'.repeat(15)}${'-'.repeat(15)}]  50 % 1/2\rPostgreSQL [${'#'.repeat(30)}] 100 % 2/2\n`);
  });
});
