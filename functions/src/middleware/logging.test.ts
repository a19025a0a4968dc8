import { createLogger } from './logging';
import { REDACTED } from './redaction';

/** The JSON lines written to stdout while `run` runs. */
function linesOf(run: () => void): Record<string, unknown>[] {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  const text = chunks.join('');
  expect(text.endsWith('\n') || text === '').toBe(true);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('createLogger', () => {
  const traceEnv = process.env._X_AMZN_TRACE_ID;
  afterEach(() => {
    if (traceEnv === undefined) delete process.env._X_AMZN_TRACE_ID;
    else process.env._X_AMZN_TRACE_ID = traceEnv;
  });

  it('writes one JSON line per entry in the Powertools shape', () => {
    process.env._X_AMZN_TRACE_ID =
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f;Sampled=1';
    const [line, ...rest] = linesOf(() =>
      createLogger({ level: 'INFO' }).info('request', { route: 'GET /v1/me', status: 200 }),
    );
    expect(rest).toEqual([]);
    expect(line).toEqual({
      level: 'INFO',
      message: 'request',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      service: 'yidi-api',
      xray_trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      route: 'GET /v1/me',
      status: 200,
    });
    expect(Object.keys(line!).slice(0, 4)).toEqual(['level', 'message', 'timestamp', 'service']);
  });

  it('leaves out the trace id outside Lambda and uses the service name given', () => {
    delete process.env._X_AMZN_TRACE_ID;
    const [line] = linesOf(() => createLogger({ level: 'info', serviceName: 'sweep' }).warn('x'));
    expect(line).toEqual({
      level: 'WARN',
      message: 'x',
      timestamp: expect.any(String),
      service: 'sweep',
    });
  });

  it.each([
    ['DEBUG', ['DEBUG', 'INFO', 'WARN', 'ERROR']],
    ['INFO', ['INFO', 'WARN', 'ERROR']],
    ['WARN', ['WARN', 'ERROR']],
    ['ERROR', ['ERROR']],
    ['CRITICAL', []],
    ['SILENT', []],
    ['TRACE', ['DEBUG', 'INFO', 'WARN', 'ERROR']],
    ['no such level', ['INFO', 'WARN', 'ERROR']],
  ])('at level %s writes %j', (level, written) => {
    const logger = createLogger({ level });
    const lines = linesOf(() => {
      logger.debug('d');
      logger.info('i');
      logger.warn('w');
      logger.error('e');
    });
    expect(lines.map((line) => line.level)).toEqual(written);
  });

  it('serialises an Error as name, message and stack (and its cause), redacted', () => {
    const cause = new TypeError('phone 13912345678 rejected');
    const error = new Error('lookup failed for 欧阳修', { cause });
    const [line] = linesOf(() =>
      createLogger({ level: 'INFO' }).error('unexpected error', { error }),
    );
    expect(line!.error).toEqual({
      name: 'Error',
      message: `lookup failed for ${REDACTED}`,
      stack: expect.stringContaining('logging.test.ts'),
      cause: {
        name: 'TypeError',
        message: `phone ${REDACTED} rejected`,
        stack: expect.any(String),
      },
    });
    expect(JSON.stringify(line)).not.toMatch(/欧阳修|13912345678/);
  });

  it('redacts the message, appended keys and attributes at any depth', () => {
    const logger = createLogger({ level: 'DEBUG' });
    logger.appendKeys({ requestId: 'r-1', person: { name: 'Zhang' } });
    const [line] = linesOf(() =>
      logger.debug('created for 340302198804120424', {
        contact: { phone: '13912345678' },
        list: [{ idNumber: 'x', status: 201 }, 'call 0551-62345678'],
      }),
    );
    expect(line).toMatchObject({
      message: `created for ${REDACTED}`,
      requestId: 'r-1',
      person: { name: REDACTED },
      contact: REDACTED,
      list: [{ idNumber: REDACTED, status: 201 }, `call ${REDACTED}`],
    });
  });

  it('gives a child a copy of the keys: its own keys stay its own', () => {
    const parent = createLogger({ level: 'INFO' });
    parent.appendKeys({ shared: 1 });
    const child = parent.createChild();
    child.appendKeys({ requestId: 'r-2' });
    parent.appendKeys({ later: true });
    const [fromChild, fromParent] = linesOf(() => {
      child.info('c', { status: 200 });
      parent.info('p');
    });
    expect(fromChild).toMatchObject({ shared: 1, requestId: 'r-2', status: 200 });
    expect(fromChild).not.toHaveProperty('later');
    expect(fromParent).toMatchObject({ shared: 1, later: true });
    expect(fromParent).not.toHaveProperty('requestId');
  });

  it('never throws: BigInt is written as text, an unreadable attribute is dropped', () => {
    const unreadable = {
      get boom() {
        throw new Error('getter failed');
      },
    };
    const [big, broken] = linesOf(() => {
      const logger = createLogger({ level: 'INFO' });
      logger.info('big', { count: 10n });
      logger.info('broken', { unreadable });
    });
    expect(big).toMatchObject({ message: 'big', count: '10' });
    expect(broken).toMatchObject({ message: 'broken', attributes: '[unserialisable]' });
  });
});
