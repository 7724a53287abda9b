/**
 * sources/uncited-sentences.yaml: the sentences deliberately left without a fact, each with the reason. The coverage
 * report accepts a sentence without a fact only when it is listed here.
 */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { fromProjectRoot } from "../../platform/projectRoot.js";

export const UNCITED_SENTENCES_PATH = fromProjectRoot("sources", "uncited-sentences.yaml");

const uncitedSentence = z
  .object({
    paragraph: z.number().int().min(1),
    sentence: z.string().trim().min(1),
    reason: z.string().trim().min(10, "give the reason the sentence carries no fact"),
  })
  .strict();

export type UncitedSentence = z.infer<typeof uncitedSentence>;

export function readUncitedSentences(path = UNCITED_SENTENCES_PATH): UncitedSentence[] {
  const parsed = z
    .object({ sentences: z.array(uncitedSentence) })
    .strict()
    .safeParse(parseYaml(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`);
    throw new Error(`${path}: ${problems.join("; ")}`);
  }
  return parsed.data.sentences;
}
