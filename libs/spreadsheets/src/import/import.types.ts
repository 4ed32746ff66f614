import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportField } from './columns.js';

export enum ImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(ImportAction, { name: 'ImportAction', description: 'What an import does (or would do) with one row.' });

export enum ImportRecordKind {
  CONTACT = 'CONTACT',
  OFFER = 'OFFER',
}
registerEnumType(ImportRecordKind, { name: 'ImportRecordKind' });

@InputType()
export class ColumnMappingInput {
  @Field({ description: 'The header of the column, as in the file.' }) column: string;
  @Field(() => ImportField) field: ImportField;
}

@InputType()
export class ImportSpreadsheetInput {
  @Field(() => ID) organisationId: string;
  @Field({ description: 'The file (CSV or XLSX, at most 10 MB), base64-encoded. Every cell read from it is CPR-checked.' })
  contentBase64: string;
  @Field(() => String, { nullable: true, description: 'The file name, for the record of the import.' }) fileName?: string | null;
  @Field(() => String, { nullable: true, description: 'XLSX: the sheet to read (default the first).' }) sheetName?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true: report what would happen and change nothing.' })
  dryRun?: boolean | null;
  @Field(() => [ColumnMappingInput], {
    nullable: true,
    description: "Columns to fields; default the organisation's saved mapping, then the headers (Danish or English).",
  })
  mapping?: ColumnMappingInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Save the mapping for the next import (on apply).' }) saveMapping?: boolean | null;
}

@ObjectType()
export class ImportColumn {
  @Field() header: string;
  @Field(() => ImportField, { nullable: true, description: 'null: the column is not imported.' }) field: ImportField | null;
}

@ObjectType({ description: 'One problem with a row: its number in the sheet, the column and a Danish message.' })
export class ImportProblem {
  @Field(() => Int) rowNumber: number;
  @Field({ description: 'The header of the column ("" for the row as a whole).' }) column: string;
  @Field() message: string;
}

@ObjectType()
export class ImportRowResult {
  @Field(() => Int) rowNumber: number;
  @Field(() => ImportRecordKind) kind: ImportRecordKind;
  @Field() name: string;
  @Field(() => ImportAction) action: ImportAction;
  @Field(() => ID, { nullable: true, description: 'The record updated or left unchanged (created: after apply).' }) recordId: string | null;
  @Field(() => [String], { description: 'The fields an update changes.' }) changedFields: string[];
}

@ObjectType({ description: 'What an import did, or in a dry run would do, row by row.' })
export class ImportReport {
  @Field(() => ID, { nullable: true, description: 'The import, as the audit trail names it ("import:<id>"); null in a dry run.' })
  importId: string | null;
  @Field() dryRun: boolean;
  @Field({ description: 'Whether the changes were saved: never in a dry run, and not at all when any row has an error.' }) applied: boolean;
  @Field() format: string;
  @Field(() => String, { nullable: true }) encoding: string | null;
  @Field(() => String, { nullable: true }) delimiter: string | null;
  @Field(() => [ImportColumn]) columns: ImportColumn[];
  @Field(() => [ImportRowResult]) rows: ImportRowResult[];
  @Field(() => [ImportProblem]) problems: ImportProblem[];
  @Field(() => [ImportProblem], {
    description: 'What was not fully understood but does not stop the import, e.g. opening hours kept only as a note.',
  })
  warnings: ImportProblem[];
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) failed: number;
}
