/**
 * A line that screen readers announce when its text changes (`role="status"`, polite). It stays in
 * the page when empty, so that the first text put into it is announced too.
 */
export function StatusLine({ text }: { text: string }) {
  return (
    <p class="status" role="status">
      {text}
    </p>
  );
}
