// The channel a recorded message goes out on. The WeChat implementation sends a subscribe
// message (wechatNotifier.ts); local and test stages use the recording one, which leaves the
// message in the table (the inbox) and sends nothing anywhere.
import type { DeliveryStatus, MessageRecord } from '../../store';

export interface Notifier {
  /** Hands the message to the channel; throws when the channel failed (the caller retries later). */
  send(message: MessageRecord): Promise<Exclude<DeliveryStatus, 'PENDING'>>;
}

/** Local/test: what would be sent is the recorded message itself; `sent` lists it for tests. */
export function recordingNotifier(): Notifier & { sent: MessageRecord[] } {
  const sent: MessageRecord[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
      return 'RECORDED';
    },
  };
}
