/** A file that cannot be read as a spreadsheet, with a Danish message for the person importing it. */
export class SheetRejected extends Error {}
