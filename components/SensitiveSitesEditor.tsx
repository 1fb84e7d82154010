/**
 * STUB owned by issue 4 (clearing traces): the popup's list of the user's sensitive sites
 * (memory only). The popup renders it as is; issue 4 fills it in.
 */
export function SensitiveSitesEditor() {
  return null;
}
