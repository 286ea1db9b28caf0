import { createRoot } from "react-dom/client";
import { App } from "./App";
import { hostInfo } from "./host";

/* global document */

function mount(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App host={hostInfo()} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => mount());
} else {
  mount();
}
