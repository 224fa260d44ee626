/** What the reader says about a highlighted segment: one entry per mark, as plain strings (rendered as text). */
import type { Analysis, AnalysisEntity } from "../api.js";
import type { Mark } from "./segments.js";

export interface Detail {
  readonly title: string;
  readonly lines: readonly string[];
}

const TYPE_LABEL: Readonly<Record<string, string>> = {
  person: "Person",
  organization: "Organisation",
  place: "Place",
  misc: "Name",
};

export function entityById(a: Analysis): Map<string, AnalysisEntity> {
  return new Map((a.entities ?? []).map((e) => [e.id, e]));
}

/** Who said a quote, in words: the speaker's name (and whether inferred), who it is attributed to, or nobody. */
export function speakerLabel(
  q: { readonly speaker?: string; readonly speakerInferred?: boolean; readonly attributedTo?: string },
  entities: ReadonlyMap<string, AnalysisEntity>,
): string {
  if (q.speaker) {
    const name = entities.get(q.speaker)?.name ?? q.speaker;
    return q.speakerInferred ? `${name} (inferred)` : name;
  }
  if (q.attributedTo) return `attributed to ${q.attributedTo}`;
  return "unattributed";
}

export const percent = (score: number): string => `${Math.round(score * 100)}%`;

function entityDetail(e: AnalysisEntity): Detail {
  const lines: string[] = [];
  if (e.roles && e.roles.length > 0) lines.push(`Role: ${e.roles.join("; ")}`);
  if (e.geo)
    lines.push(
      `Geocode: ${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}` +
        (e.geo.country ? ` (${e.geo.country})` : "") +
        (e.geo.geonameId ? ` · GeoNames ${e.geo.geonameId}` : ""),
    );
  else if (e.country) lines.push(`Country: ${e.country}`);
  lines.push(`Mentioned ${e.mentions.length}×`);
  return { title: `${TYPE_LABEL[e.type] ?? "Name"}: ${e.name}`, lines };
}

export function describeMarks(a: Analysis, marks: readonly Mark[], entities: ReadonlyMap<string, AnalysisEntity>) {
  const out: Detail[] = [];
  for (const m of marks) {
    switch (m.layer) {
      case "person":
      case "organization":
      case "place":
      case "misc": {
        const e = a.entities?.[m.index];
        if (e) out.push(entityDetail(e));
        break;
      }
      case "date": {
        const t = a.times?.[m.index];
        if (t)
          out.push({
            title: `${t.type === "TIME" ? "Time" : "Date"}: ${a.text.slice(t.start, t.end)}`,
            lines: [`Normalised: ${t.value ?? "unknown"}`, ...(t.certainty ? [`Certainty: ${t.certainty}`] : [])],
          });
        break;
      }
      case "quote": {
        const q = a.quotes?.[m.index];
        if (q)
          out.push({
            title: `Quote (${q.kind})`,
            lines: [
              `Speaker: ${speakerLabel(q, entities)}`,
              ...(q.attributedTo && q.speaker ? [`Attributed to: ${q.attributedTo}`] : []),
              ...(q.cue ? [`Cue: ${a.text.slice(q.cue.start, q.cue.end)}`] : []),
            ],
          });
        break;
      }
      case "claim": {
        const c = a.claims?.[m.index];
        if (c)
          out.push({
            title: `Claim, check-worthiness ${percent(c.score)}`,
            lines: [
              `Claimant: ${c.claimant ? (entities.get(c.claimant)?.name ?? c.claimant) : "the article"}`,
              ...(c.cues && c.cues.length > 0 ? [`Cues: ${c.cues.join(", ")}`] : []),
            ],
          });
        break;
      }
      case "framing": {
        const f = a.framing?.[m.index];
        if (f) out.push({ title: `Framing: ${f.kind}`, lines: f.note ? [`Why: ${f.note}`] : [] });
        break;
      }
      case "boilerplate": {
        const b = a.boilerplate?.[m.index];
        if (b) out.push({ title: "Removed boilerplate", lines: [`Kind: ${b.kind}`] });
        break;
      }
    }
  }
  return out;
}
