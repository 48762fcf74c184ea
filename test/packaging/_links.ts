import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";

/** One relative link or image of a Markdown file. */
export interface Link {
  /** The Markdown file, relative to the package root. */
  readonly file: string;
  /** Its line, 1-based. */
  readonly line: number;
  /** The target as written (`docs/progress.svg`, `versioning.md#x`). */
  readonly target: string;
}

/**
 * The relative links and images of a Markdown text: inline `[text](target)`
 * and `![alt](target)`, reference definitions `[id]: target`, and HTML
 * `href`/`src`; outside fenced code blocks and inline code. Absolute URLs
 * (`https:`, `mailto:` …) are left out; a bare `#fragment` is kept.
 */
export function relativeLinks(markdown: string, file: string): Link[] {
  const links: Link[] = [];
  let fence: string | null = null;
  for (const [i, raw] of markdown.split("\n").entries()) {
    const open = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (open) {
      const marker = open[1] ?? "";
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const line = raw.replace(/`[^`]*`/g, "");
    const targets = [
      ...[...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
      ...[...line.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/g)].map((m) => m[1]),
      ...[...line.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
    ];
    for (const target of targets) {
      if (target === undefined || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      links.push({ file, line: i + 1, target });
    }
  }
  return links;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s/g, "-");
}

/** Why a link does not resolve inside `packageDir`, or null when it does. */
export function brokenReason(packageDir: string, link: Link): string | null {
  const [path = "", fragment] = link.target.split("#");
  const from = dirname(join(packageDir, link.file));
  const target = path === "" ? join(packageDir, link.file) : resolve(from, decodeURI(path));
  if (!(target === packageDir || target.startsWith(packageDir + sep))) {
    return "points outside the package";
  }
  if (!existsSync(target)) return "is not in the package";
  if (!statSync(target).isFile()) return "is not a file";
  if (fragment !== undefined && fragment !== "" && target.endsWith(".md")) {
    const headings = [...readFileSync(target, "utf8").matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map(
      (m) => slug(m[1] ?? ""),
    );
    if (!headings.includes(fragment)) return `has no heading #${fragment}`;
  }
  return null;
}
