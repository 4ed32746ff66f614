import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readSheet, SheetRejected, type Sheet } from './read-sheet.js';

/**
 * The reading thread's heap: exceljs holds a whole workbook while it reads it, about 175 MB for the largest
 * one accepted (IMPORT_LIMITS: 10 MB packed, 100 MB unpacked).
 */
const READER_HEAP_MB = 320;
const READER = fileURLToPath(new URL('./read-sheet.worker.js', import.meta.url));

type ReaderAnswer = { sheet: Sheet } | { rejected: string } | { failed: string };

/**
 * readSheet in a worker thread with a heap of its own, so the API process's heap stays small (`npm run start:prod`
 * caps it) however large the workbook, and a sheet that would need more than its limit is refused, not fatal.
 * Run from TypeScript source (Jest) there is no compiled reader beside this file: the sheet is read in process.
 */
export function readSheetApart(file: Buffer, sheetName?: string | null): Promise<Sheet> {
  if (!existsSync(READER)) return readSheet(file, sheetName);
  return new Promise((resolve, reject) => {
    const reader = new Worker(READER, {
      workerData: { file, sheetName: sheetName ?? null },
      resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB },
    });
    reader.once('message', (answer: ReaderAnswer) => {
      if ('sheet' in answer) resolve(answer.sheet);
      else if ('rejected' in answer) reject(new SheetRejected(answer.rejected));
      else reject(new Error(answer.failed));
    });
    reader.once('error', (error: Error & { code?: string }) =>
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new SheetRejected('Filen er for stor til at blive læst. Del den op i flere filer.')
          : error,
      ),
    );
    reader.once('exit', (code) => reject(new Error(`Arket blev ikke læst færdigt (tråden sluttede med kode ${code}).`)));
  });
}
