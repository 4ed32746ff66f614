import yauzl from 'yauzl';
import { SheetRejected } from './sheet-rejected.js';

/**
 * Refuses a zip (an XLSX) whose central directory declares more than `unpackedBytes` in all or more than
 * `zipEntries` entries, before anything is inflated: a zip bomb is stopped at its table of contents. A zip
 * that declares less than it holds is caught too: each entry is then inflated once with yauzl's size check,
 * which stops at the first byte past the declared size.
 */
export function checkZipSize(file: Buffer, limits: { unpackedBytes: number; zipEntries: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const refuse = (message: string) => reject(new SheetRejected(message));
    yauzl.fromBuffer(file, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return refuse('XLSX-filen er ikke en gyldig zip-fil.');
      if (zip.entryCount > limits.zipEntries) {
        zip.close();
        return refuse('XLSX-filen har for mange dele.');
      }
      const entries: yauzl.Entry[] = [];
      let total = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        if (total > limits.unpackedBytes) {
          zip.close();
          return refuse(`XLSX-filen fylder mere end ${Math.round(limits.unpackedBytes / 1024 / 1024)} MB udpakket.`);
        }
        entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => {
        const next = (i: number): void => {
          if (i >= entries.length) return resolve();
          zip.openReadStream(entries[i], (streamError, stream) => {
            if (streamError || !stream) return refuse('XLSX-filen er beskadiget.');
            stream.on('error', () => refuse('XLSX-filen er beskadiget eller fylder mere, end den siger.'));
            stream.on('end', () => next(i + 1));
            stream.resume();
          });
        };
        next(0);
      });
      zip.on('error', () => refuse('XLSX-filen er ikke en gyldig zip-fil.'));
      zip.readEntry();
    });
  });
}
