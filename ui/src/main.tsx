/** The Sift web UI: one page, hash routes, every view fed by the HTTP API (.scratch/API-SPEC.md). */
import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { AnalyzePage } from "./pages/Analyze.js";
import { DocPage } from "./pages/DocPage.js";
import { EntityPage } from "./pages/Entity.js";
import { HomePage } from "./pages/Home.js";
import { MapPage } from "./pages/MapPage.js";
import { NetworkPage } from "./pages/Network.js";
import { SearchPage } from "./pages/Search.js";
import { StoriesPage, StoryPage } from "./pages/Stories.js";
import { TimelinePage } from "./pages/Timeline.js";
import { cssVariables } from "./palette.js";
import { href, type Route, useRoute } from "./router.js";
import "./styles/base.css";
import "./styles/reader.css";
import "./styles/pages.css";

const NAV: readonly { readonly route: string; readonly label: string }[] = [
  { route: "analyze", label: "Analyse" },
  { route: "search", label: "Search" },
  { route: "stories", label: "Stories" },
  { route: "timeline", label: "Timeline" },
  { route: "map", label: "Map" },
  { route: "network", label: "Network" },
];

const VARS = cssVariables();

function Page({ route }: { readonly route: Route }) {
  const [name, arg] = route.path;
  switch (name) {
    case undefined:
      return <HomePage />;
    case "analyze":
      return <AnalyzePage />;
    case "doc":
      return arg ? <DocPage id={arg} focus={route.params.get("focus") ?? undefined} /> : <NotFound />;
    case "search":
      return <SearchPage params={route.params} />;
    case "stories":
      return <StoriesPage params={route.params} />;
    case "story":
      return arg ? <StoryPage id={arg} /> : <NotFound />;
    case "timeline":
      return <TimelinePage params={route.params} />;
    case "map":
      return <MapPage />;
    case "network":
      return <NetworkPage params={route.params} />;
    case "entity":
      return arg ? <EntityPage name={arg} /> : <NotFound />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <p class="error" role="alert">
      No such page. <a href={href([])}>Start page</a>
    </p>
  );
}

function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const section = route.path[0] ?? "";
  // A new page: move focus to the main region so keyboard and screen-reader users start at its content.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [section, route.path[1]]);
  return (
    <div class="app" style={VARS}>
      <button type="button" class="skip" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a class="brand" href={href([])}>
          Sift
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.route}>
                <a href={href(n.route)} aria-current={section === n.route ? "page" : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer class="foot muted">
        Sift · article text is shown as text and never run · map data: Natural Earth (public domain) via world-atlas
        (ISC licence) · <a href="/openapi.json">API</a>
      </footer>
    </div>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
