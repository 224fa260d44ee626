// The web UI: Preact, built by Vite into dist/ui, which `sift serve` serves as static files.
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  plugins: [preact()],
  build: { outDir: "../dist/ui", emptyOutDir: true, sourcemap: false },
});
