/**
 * Which page this is. With a shared runtime (SharedRuntime 1.1) the ribbon's functions and the pane share
 * the pane's page, and the pane mounts there. Without it, the manifest's FunctionFile (the same URL) is
 * loaded as a hidden page of its own for each ribbon command: there the pane must not mount nor read the
 * workbook. A hidden page has no size and is not visible; a pane is shown to the user.
 */
export interface PageFacts {
  /** Office.js is loaded (false in a plain browser: the preview's tests, the e2e tests). */
  inOffice: boolean;
  sharedRuntime: boolean;
  visible: boolean;
  width: number;
}

export function paneMayMount(p: PageFacts): boolean {
  if (!p.inOffice || p.sharedRuntime) return true;
  return p.visible && p.width > 0;
}

/* global document, window */
export function pageFacts(): PageFacts {
  const inOffice = typeof Office !== "undefined" && !!Office.context;
  return {
    inOffice,
    sharedRuntime:
      inOffice && !!Office.context.requirements?.isSetSupported?.("SharedRuntime", "1.1"),
    visible: typeof document === "undefined" || document.visibilityState !== "hidden",
    width: typeof window === "undefined" ? 0 : window.innerWidth,
  };
}
