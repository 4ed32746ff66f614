import { AppLogger } from './app-logger.js';
import { requestScope } from './request-scope.js';

describe('AppLogger', () => {
  let written: string[];
  const original = { out: process.stdout.write, err: process.stderr.write };
  beforeEach(() => {
    written = [];
    const capture = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    process.stdout.write = capture;
    process.stderr.write = capture;
  });
  afterEach(() => {
    process.stdout.write = original.out;
    process.stderr.write = original.err;
  });

  it('writes one JSON object per line, stamped with the request id of the request it runs in', () => {
    const logger = new AppLogger('json');
    requestScope.run({ id: 'req-1' }, () => logger.log('Sendt til anna.holm@kommune.dk', 'Mail'));
    logger.warn('uden for en forespørgsel', 'Jobs');
    const [inside, outside] = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(inside).toMatchObject({ level: 'log', context: 'Mail', requestId: 'req-1', message: 'Sendt til [e-mail]' });
    expect(outside).toMatchObject({ level: 'warn', context: 'Jobs', message: 'uden for en forespørgsel' });
    expect(outside.requestId).toBeUndefined();
  });

  it('removes personal data from errors and their stacks too', () => {
    const logger = new AppLogger('json');
    const error = new Error('duplicate key (email)=(anna.holm@kommune.dk)');
    requestScope.run({ id: 'req-2' }, () => logger.error(error.message, error.stack, 'GraphQL'));
    expect(written.join('')).not.toContain('anna.holm');
    expect(JSON.parse(written[0])).toMatchObject({ level: 'error', requestId: 'req-2' });
  });

  it('prints text for people with LOG_FORMAT=text, redacted alike', () => {
    new AppLogger('text').log('Link /bekraeft/hemmeligt-token sendt', 'Upkeep');
    expect(written.join('')).toContain('/bekraeft/[token]');
    expect(written.join('')).not.toContain('hemmeligt-token');
  });
});
