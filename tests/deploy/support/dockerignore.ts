/** `.dockerignore` matching (the subset this project uses: paths, `*`, `**`, `!` exceptions; last match wins). */
import { readFileSync } from "node:fs";
import { fromProjectRoot } from "../../../platform/projectRoot.js";

function toRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/^\/+|\/+$/g, "")
    .split("/")
    .map((part) =>
      part === "**"
        ? "(?:.*)"
        : part
            .replace(/[.+^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, "[^/]*")
            .replace(/\?/g, "[^/]"),
    )
    .join("/")
    .replace(/\(\?:\.\*\)\//g, "(?:.*/)?");
  // A pattern matching a folder excludes everything inside it.
  return new RegExp(`^${body}(?:/.*)?$`);
}

export function dockerignore(path = fromProjectRoot(".dockerignore")): (file: string) => boolean {
  const rules = readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) =>
      line.startsWith("!") ? { keep: true, re: toRegExp(line.slice(1)) } : { keep: false, re: toRegExp(line) },
    );
  return (file) => {
    let ignored = false;
    for (const rule of rules) if (rule.re.test(file)) ignored = !rule.keep;
    return ignored;
  };
}
