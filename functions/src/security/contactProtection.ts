// A filing's contact (phone, phone2, address) at rest: sealed with the ID number's AES-256-GCM
// (idNumberProtection, the one helper) as one JSON value, so the stored filing item and its
// history snapshots hold no phone or address in clear. Opened by the store when it reads.
import type { FilingRecord } from '../store/records';
import { idNumberProtection } from './idNumberProtection';

export interface ContactSealer {
  seal(filing: FilingRecord): StoredFiling;
  open(stored: StoredFiling): FilingRecord;
  /** The contact as one text (the typed filing item's `contactSealed`, store/filingItems). */
  sealText(text: string): string;
  openText(sealed: string): string;
}

type Contact = FilingRecord['contact'];

/** The filing as stored: `contactSealed` in place of `contact`. */
export type StoredFiling = Omit<FilingRecord, 'contact'> & {
  contact?: Contact;
  contactSealed?: string;
};

export function contactSealer(encryptionKey: Buffer): ContactSealer {
  // Only encrypt/decrypt are used; the HMAC key is never needed here.
  const aes = idNumberProtection({ hmacKey: encryptionKey, encryptionKey });
  return {
    seal(filing) {
      const { contact, ...rest } = filing;
      return { ...rest, contactSealed: aes.encrypt(JSON.stringify(contact)) };
    },
    open(stored) {
      const { contactSealed, contact, ...rest } = stored;
      // Items written before sealing still carry `contact` in clear; they are sealed when next written.
      const opened = contactSealed ? (JSON.parse(aes.decrypt(contactSealed)) as Contact) : contact;
      return { ...rest, contact: opened } as FilingRecord;
    },
    sealText: (text) => aes.encrypt(text),
    openText: (sealed) => aes.decrypt(sealed),
  };
}

/** Where no key was given (tools that never touch filings): any filing read or write fails loudly. */
export const noContactSealer: ContactSealer = {
  seal() {
    throw new Error('No encryption key: this store cannot write filings');
  },
  open() {
    throw new Error('No encryption key: this store cannot read filings');
  },
  sealText() {
    throw new Error('No encryption key: this store cannot write filings');
  },
  openText() {
    throw new Error('No encryption key: this store cannot read filings');
  },
};
