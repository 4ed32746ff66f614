import yauzl from 'yauzl';
import { SheetRejected } from './sheet-rejected.js';

/**
 * Refuses a zip (an XLSX) whose central directory declares more than `unpackedBytes` in all or more
 * than `zipEntries` entries, before anything is inflated: a zip bomb is stopped at its table of contents.
 */
export function checkZipSize(file: Buffer, limits: { unpackedBytes: number; zipEntries: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(file, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(new SheetRejected('XLSX-filen er ikke en gyldig zip-fil.'));
      if (zip.entryCount > limits.zipEntries) {
        zip.close();
        return reject(new SheetRejected('XLSX-filen har for mange dele.'));
      }
      let total = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        if (total > limits.unpackedBytes) {
          zip.close();
          return reject(new SheetRejected(`XLSX-filen fylder mere end ${Math.round(limits.unpackedBytes / 1024 / 1024)} MB udpakket.`));
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', () => reject(new SheetRejected('XLSX-filen er ikke en gyldig zip-fil.')));
      zip.readEntry();
    });
  });
}
