/**
 * Text for a terminal: control characters from a plan's cells or a file's name (ESC sequences that move the
 * cursor, clear the screen or retitle the window; C1 controls; bidirectional overrides that reorder what is
 * shown) are dropped, keeping only the line breaks and tabs the report itself uses.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(s: string): string {
  return s.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
}
