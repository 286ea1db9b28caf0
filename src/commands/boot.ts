/**
 * The pane's page: the ribbon's functions are already registered (commands.ts, loaded first); the pane's
 * bundles load only where this page is a pane (page.ts), never on the hidden command page of a host
 * without a shared runtime.
 */
import { pageFacts, paneMayMount } from "./page";

/* global document, window */
let started = false;
function start(): void {
  if (started || !paneMayMount(pageFacts())) return;
  started = true;
  void import(/* webpackChunkName: "pane" */ "../taskpane/index");
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    start();
    // a pane that opens hidden mounts when it is shown
    if (!started) {
      document.addEventListener("visibilitychange", start);
      window.addEventListener("resize", start);
    }
  });
} else start();
