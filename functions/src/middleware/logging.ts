// Structured JSON logs (Powertools Logger) with personal data redacted on the way out: national
// ID numbers and phone numbers wherever they appear in text, any attribute whose name says it
// holds a name, ID number, phone or address, and every run of Chinese characters (a name inside
// an error message cannot be told from other text; our own log text is English). Redaction
// happens in the formatter, so no call site can forget it.
import { LogFormatter, LogItem, Logger } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';

const ID_NUMBER_IN_TEXT =
  /(?<![0-9])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?![0-9])/g;
const ANY_18_DIGITS = /(?<![0-9])\d{17}[\dXx](?![0-9])/g;
const MOBILE_IN_TEXT = /(?<![0-9])(?:\+?86)?1[3-9]\d{9}(?![0-9])/g;
const LANDLINE_IN_TEXT = /(?<![0-9])0\d{2,3}-?[1-9]\d{6,7}(?![0-9])/g;
const CHINESE_TEXT = /[\p{Script=Han}·]+/gu;
const SENSITIVE_KEY =
  /^(name|personName|idNumber|phone|phone2|address|contact|body|idNumberEncrypted|phoneEncrypted)$/i;

export const REDACTED = '[REDACTED]';

export function redactText(text: string): string {
  return text
    .replace(ID_NUMBER_IN_TEXT, REDACTED)
    .replace(ANY_18_DIGITS, REDACTED)
    .replace(MOBILE_IN_TEXT, REDACTED)
    .replace(LANDLINE_IN_TEXT, REDACTED)
    .replace(CHINESE_TEXT, REDACTED);
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redactText(value.message),
      stack: value.stack ? redactText(value.stack) : undefined,
    };
  }
  if (Array.isArray(value)) return value.map((entry) => redact(entry, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [
        key,
        SENSITIVE_KEY.test(key) ? REDACTED : redact(entry, depth + 1),
      ]),
    );
  }
  return value;
}

class RedactingLogFormatter extends LogFormatter {
  override formatAttributes(
    attributes: UnformattedAttributes,
    additionalLogAttributes: LogAttributes,
  ): LogItem {
    const base = {
      level: attributes.logLevel,
      message: redactText(attributes.message),
      timestamp: this.formatTimestamp(attributes.timestamp),
      service: attributes.serviceName,
      ...(attributes.lambdaContext
        ? { function_request_id: attributes.lambdaContext.awsRequestId }
        : {}),
      ...(attributes.xRayTraceId ? { xray_trace_id: attributes.xRayTraceId } : {}),
    };
    return new LogItem({
      attributes: { ...base, ...(redact(additionalLogAttributes) as LogAttributes) },
    });
  }
}

export function createLogger(options: { level: string; serviceName?: string }): Logger {
  return new Logger({
    serviceName: options.serviceName ?? 'yidi-api',
    logLevel: options.level as 'INFO',
    logFormatter: new RedactingLogFormatter(),
  });
}
