import { parentPort, workerData } from 'node:worker_threads';
import { readSheet, SheetRejected } from './read-sheet.js';

/** One sheet read in a thread of its own (readSheetApart): the cells back, or why the file was refused. */
const { file, sheetName } = workerData as { file: Uint8Array; sheetName: string | null };
readSheet(Buffer.from(file.buffer, file.byteOffset, file.byteLength), sheetName).then(
  (sheet) => parentPort!.postMessage({ sheet }),
  (error: unknown) => parentPort!.postMessage(error instanceof SheetRejected ? { rejected: error.message } : { failed: String(error) }),
);
