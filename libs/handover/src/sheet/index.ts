import type { Provider, Type } from '@nestjs/common';
import { HandoverSheetController } from './handover-sheet.controller.js';
import { HandoverSheetMailer } from './handover-sheet-mailer.js';
import { HandoverSheetResolver } from './handover-sheet.resolver.js';
import { HandoverSheets } from './handover-sheets.js';

export const SHEET_ENTITIES: Type[] = [];
/** Services and resolvers of the feature. */
export const SHEET_PROVIDERS: Provider[] = [HandoverSheets, HandoverSheetMailer];
export const SHEET_RESOLVERS: Type[] = [HandoverSheetResolver];
export const SHEET_CONTROLLERS: Type[] = [HandoverSheetController];
