// Structured logs: one JSON line per entry on stdout, which CloudWatch stores as is, with personal
// data redacted on the way out (redaction.ts) so no call site can forget it. Our own rather than
// @aws-lambda-powertools/logger: we use five of its methods, and it cost every function ~22 KB
// (with its commons and @aws/lambda-invoke-store) of the 300 KB bundle budget. The line keeps
// Powertools' shape (level, message, timestamp, service, xray_trace_id, then the attributes).
import { redact, redactText } from './redaction';

export type LogAttributes = Record<string, unknown>;

export interface Logger {
  debug(message: string, attributes?: LogAttributes): void;
  info(message: string, attributes?: LogAttributes): void;
  warn(message: string, attributes?: LogAttributes): void;
  error(message: string, attributes?: LogAttributes): void;
  /** Adds keys to every later entry of this logger (and of children created afterwards). */
  appendKeys(keys: LogAttributes): void;
  /** Same level and service, a copy of the current keys; keys appended to it stay its own. */
  createChild(): Logger;
}

// Powertools' level names and order, so LOG_LEVEL values mean what they meant.
const LEVELS: Record<string, number> = {
  TRACE: 6,
  DEBUG: 8,
  INFO: 12,
  WARN: 16,
  ERROR: 20,
  CRITICAL: 24,
  SILENT: 28,
};

type Level = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

interface Settings {
  threshold: number;
  service: string;
}

/** The trace id of the current invocation, as Powertools logged it (the Root part). */
function xrayTraceId(): string | undefined {
  return /Root=([^;]+)/.exec(process.env._X_AMZN_TRACE_ID ?? '')?.[1];
}

// Errors are already plain objects after redact(); BigInt is the one value JSON cannot write.
const jsonSafe = (_key: string, value: unknown) =>
  typeof value === 'bigint' ? value.toString() : value;

class JsonLogger implements Logger {
  constructor(
    private readonly settings: Settings,
    private keys: LogAttributes,
  ) {}

  debug(message: string, attributes?: LogAttributes): void {
    this.write('DEBUG', message, attributes);
  }
  info(message: string, attributes?: LogAttributes): void {
    this.write('INFO', message, attributes);
  }
  warn(message: string, attributes?: LogAttributes): void {
    this.write('WARN', message, attributes);
  }
  error(message: string, attributes?: LogAttributes): void {
    this.write('ERROR', message, attributes);
  }

  appendKeys(keys: LogAttributes): void {
    this.keys = { ...this.keys, ...keys };
  }

  createChild(): Logger {
    return new JsonLogger(this.settings, { ...this.keys });
  }

  private write(level: Level, message: string, attributes: LogAttributes = {}): void {
    if (LEVELS[level]! < this.settings.threshold) return;
    const traceId = xrayTraceId();
    const base = {
      level,
      message: redactText(String(message)),
      timestamp: new Date().toISOString(),
      service: this.settings.service,
      ...(traceId ? { xray_trace_id: traceId } : {}),
    };
    let line: string;
    try {
      line = JSON.stringify(
        { ...base, ...(redact({ ...this.keys, ...attributes }) as object) },
        jsonSafe,
      );
    } catch {
      // A log call must never fail the request it describes (say, an attribute's getter throws).
      line = JSON.stringify({ ...base, attributes: '[unserialisable]' });
    }
    process.stdout.write(`${line}\n`);
  }
}

/** level: a Powertools level name (any case); an unknown one means INFO, as in Powertools. */
export function createLogger(options: { level: string; serviceName?: string }): Logger {
  return new JsonLogger(
    {
      threshold: LEVELS[options.level.toUpperCase()] ?? LEVELS.INFO!,
      service: options.serviceName ?? 'yidi-api',
    },
    {},
  );
}
