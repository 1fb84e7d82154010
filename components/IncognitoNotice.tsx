/**
 * STUB owned by issue 6: explains how to allow Quick Exit in private windows when it is not
 * allowed. The popup renders it; issue 6 fills it in.
 */
export function IncognitoNotice() {
  return null;
}
