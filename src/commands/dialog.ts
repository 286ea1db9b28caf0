/**
 * The dialog a ribbon command opens for a problem where the pane cannot open itself: it shows the message
 * it is given and, on OK, asks its parent to close it (a dialog may only message its parent). It loads
 * nothing of the pane.
 */
/* global document, location */
const text = new URLSearchParams(location.search).get("message") ?? "";
const p = document.getElementById("message");
if (p) p.textContent = text;
document.getElementById("close")?.addEventListener("click", () => {
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent)
    Office.context.ui.messageParent("close");
});
