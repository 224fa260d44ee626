/** A readable report for a person at a terminal: who the article quotes, what it claims, how it frames it. */
import type { Document, Entity } from "../core/document.js";
import { isEnglishOrUnknown } from "../read/language.js";

/** How many claims and framing cues the report lists; the JSON has them all. */
const TOP_CLAIMS = 8;
const TOP_CUES = 12;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

export function toTextReport(doc: Document): string {
  const t = doc.text;
  const m = doc.metadata;
  const out: string[] = [];
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const nameOf = (id: string | undefined) => (id ? (entities.get(id)?.name ?? id) : undefined);

  out.push(
    m.headline ? `${m.kicker ? `[${m.kicker.value}] ` : ""}${m.headline.value}` : `(no headline) ${doc.source.name}`,
  );
  const byline = [
    m.authors?.value.length ? `by ${m.authors.value.map((a) => a.name).join(", ")}` : undefined,
    m.outlet
      ? `${m.outlet.value.name}${m.outlet.value.abbreviation ? ` (${m.outlet.value.abbreviation})` : ""}`
      : undefined,
    m.published?.value,
  ].filter(Boolean);
  if (byline.length) out.push(byline.join(" · "));
  const words = (t.slice(doc.body.start, doc.body.end).match(/\S+/g) ?? []).length;
  out.push(
    `${words} words in the body; ${(doc.layers.boilerplate ?? []).length} boilerplate blocks set aside; read as ${doc.source.mediaType} (${doc.source.encoding}, ${doc.source.encodingSource})${m.language ? `; language ${m.language.value} (${m.language.provenance.source})` : ""}`,
  );
  // The annotators learnt English news: a reader of another language's analysis should know to weigh it.
  if (!isEnglishOrUnknown(m.language?.value))
    out.push(
      "Note: Sift's annotators are trained on English news; on this text they find less, and less surely, and framing is limited to scare quotes and one-sided sourcing.",
    );

  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push("", title, ...lines.map((l) => `  ${l}`));
  };
  const byType = (type: Entity["type"]) => (doc.layers.entities ?? []).filter((e) => e.type === type);
  section(
    "People",
    byType("person").map((e) => {
      const roles = shownRoles(e.roles.map((r) => oneLine(r.role)));
      return `${e.name}${roles.length ? ` — ${roles.join("; ")}` : ""} (${e.mentions.length}×)`;
    }),
  );
  section(
    "Organisations",
    [
      byType("organization")
        .map((e) => e.name)
        .join(", "),
    ].filter(Boolean),
  );
  const geo = new Map((doc.layers.geocodes ?? []).map((g) => [g.entity, g.geo]));
  section(
    "Places",
    [
      byType("place")
        .map((e) => {
          const g = geo.get(e.id);
          // A region across countries ("the Pacific") has no country code.
          const where = [g?.country, g ? `${g.lat.toFixed(2)},${g.lon.toFixed(2)}` : ""].filter(Boolean).join(" ");
          return g ? `${e.name} (${where})` : e.name;
        })
        .join(", "),
    ].filter(Boolean),
  );
  section(
    "Dates",
    (doc.layers.times ?? [])
      .slice(0, 12)
      .map((x) => `${oneLine(t.slice(x.start, x.end))} = ${x.value}${x.certainty === "inferred" ? " (anchored)" : ""}`),
  );
  section(
    "Quotes",
    (doc.layers.quotes ?? []).map((q) => {
      const who = nameOf(q.speaker) ?? q.attributedTo ?? "unattributed";
      return `[${q.kind}] ${who}${q.speakerInferred ? " (inferred)" : ""}: “${clip(oneLine(t.slice(q.start, q.end)), 100)}”`;
    }),
  );
  section(
    "Events",
    (doc.layers.events ?? []).slice(0, 10).map((e) => {
      const who = e.who.map(nameOf).join(", ");
      const where = e.where.map(nameOf).join(", ");
      const modality = e.modality === "asserted" ? "" : ` (${e.modality})`;
      return `${e.when ?? "—"} ${who}: ${e.what}${modality}${where ? ` @ ${where}` : ""}`;
    }),
  );
  section(
    "Check-worthy claims",
    [...(doc.layers.claims ?? [])]
      .sort((a, b) => b.score - a.score)
      .slice(0, TOP_CLAIMS)
      .map(
        (c) =>
          `${c.score.toFixed(2)} ${clip(oneLine(t.slice(c.start, c.end)), 110)}${c.claimant ? ` — ${nameOf(c.claimant)}` : ""}`,
      ),
  );
  section(
    "Framing",
    (doc.layers.framing ?? []).slice(0, TOP_CUES).map((f) => {
      const where =
        f.start !== undefined && f.end !== undefined ? `“${clip(oneLine(t.slice(f.start, f.end)), 60)}” ` : "";
      return `${f.kind}: ${where}— ${f.note}`;
    }),
  );
  if (doc.diagnostics.length)
    section(
      "Notes",
      doc.diagnostics.map((d) => `${d.code}: ${d.message}`),
    );
  return out.join("\n");
}

/**
 * The roles a person's line shows: each once, and not the job alone beside the full role that holds it
 * ("director" beside "director of the port authority"); the JSON keeps them all.
 */
export function shownRoles(roles: readonly string[]): string[] {
  const distinct = [...new Set(roles)];
  return distinct.filter(
    (r) => !distinct.some((other) => other !== r && other.toLowerCase().startsWith(`${r.toLowerCase()} `)),
  );
}
