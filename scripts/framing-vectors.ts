/**
 * The sentence encoder's values of the PTC gold spans (encoder-techniques.ts: each span's vector and its sentence's),
 * for training and evaluating the encoder technique model. Vectors come from the on-disk cache of
 * sentence-vectors.ts (encoded on first use: ~3,900 spans and their sentences take a few minutes on one core).
 */
import { ENCODER_VALUES, encoderTexts, encoderValues } from "../src/annotate/framing/encoder-techniques.js";
import type { PtcArticle } from "../src/annotate/framing/ptc.js";
import { analysePtc, type ExtraSpanValues } from "../src/annotate/framing/train.js";
import { sentenceVectors } from "./sentence-vectors.js";

export async function framingEncoderValues(articles: readonly PtcArticle[], label: string): Promise<ExtraSpanValues> {
  const texts = new Set<string>();
  for (const a of articles) {
    const info = analysePtc(a);
    for (const s of a.spans) {
      const t = encoderTexts(info, s);
      texts.add(t.span);
      texts.add(t.sentence);
    }
  }
  const list = [...texts];
  const vectors = await sentenceVectors(list, label);
  const byText = new Map(list.map((t, i) => [t, vectors[i] ?? new Float32Array(0)]));
  return { length: ENCODER_VALUES, of: (info, span) => encoderValues(byText, info, span) };
}
