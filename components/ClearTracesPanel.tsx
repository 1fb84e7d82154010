/**
 * STUB owned by issue 4 (clearing traces): the popup's "Clear traces" control and its report.
 * The popup renders it as is; issue 4 fills it in.
 */
export function ClearTracesPanel() {
  return null;
}
