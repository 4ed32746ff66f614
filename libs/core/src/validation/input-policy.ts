// The reviewed exceptions to the edge checks on text input (libs/core/src/graphql/input-guard.ts).
// Every String argument and input field refuses CPR-like text unless it is named here, with why.
// Keys are `InputType.field` or `Query.field.argument` / `Mutation.field.argument`.

export const CPR_CHECK_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['SignInInput.password', 'a password is compared with a hash and never stored as text'],
  ['RedeemLinkInput.password', 'a new password is stored only as a hash'],
  ['ChangePasswordInput.currentPassword', 'a password is compared with a hash and never stored as text'],
  ['ChangePasswordInput.newPassword', 'a new password is stored only as a hash'],
  ['RedeemLinkInput.token', 'a token this server issued; random characters, never shown or stored as text'],
  ['RefreshTokenInput.refreshToken', 'a token this server issued'],
  ['Mutation.cancelThemeDayRegistration.token', 'a token this server issued'],
  ['Mutation.confirmVerification.token', 'a token this server issued'],
  [
    'ImportSpreadsheetInput.contentBase64',
    "a file's bytes in base64, never stored; every cell read from it is CPR-checked (libs/spreadsheets)",
  ],
]);

/** Fields (by name, in any input type) that hold several lines of text: tab and line breaks are allowed there. */
export const MULTI_LINE_FIELDS: ReadonlySet<string> = new Set([
  'description',
  'helpText',
  'message',
  'motivation',
  'note',
  'notFor',
  'reason',
]);

/** As many items as the longest real list (attendance for a theme day of 5,000 places); a longer list is refused before anything reads it. */
export const MAX_LIST_ITEMS = 5000;
