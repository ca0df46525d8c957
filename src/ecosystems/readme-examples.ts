/** One runnable code block of a README. */
export interface CodeExample {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The code to run (a `>>>` session is converted into a doctest runner). */
  code: string;
  /** The fence's language tag, as written. */
  lang: string;
}

/** The comment that opts the next code block out of the README check. */
export const SKIP_MARKER = '<!-- release-relay: skip -->';

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`{]*)?/;

/**
 * Turns a `>>>` session into a script that runs it with doctest and exits non-zero when any expected output
 * differs, so the README's printed results are checked too.
 */
function doctestScript(session: string, file: string, line: number): string {
  return [
    'import doctest, sys',
    `_text = ${JSON.stringify(session)}`,
    `_test = doctest.DocTestParser().get_doctest(_text, {"__name__": "__main__"}, ${JSON.stringify(`${file}:${line}`)}, ${JSON.stringify(file)}, ${line})`,
    '_runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)',
    '_runner.run(_test)',
    'sys.exit(1 if _runner.failures else 0)',
    '',
  ].join('\n');
}

/** A block that shows a shell session (`$ pip install …`) rather than Python code. */
function isShellSession(code: string): boolean {
  const first = code.split('\n').find((l) => l.trim() !== '');
  return first !== undefined && /^\s*(\$|%|#!\s*\/bin\/(ba)?sh)\s/.test(first);
}

/**
 * Extracts the fenced code blocks whose language is one of `tags` (case-insensitive), skipping a block
 * preceded by `<!-- release-relay: skip -->` (blank lines allowed between) and blocks that show a shell
 * session. A block that starts with `>>> ` is converted into a doctest run.
 */
export function extractExamples(markdown: string, file: string, opts: { tags: string[] }): CodeExample[] {
  const tags = new Set(opts.tags.map((t) => t.toLowerCase()));
  const lines = markdown.split(/\r?\n/);
  const examples: CodeExample[] = [];
  let lastContent = '';
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) {
      if (lines[i].trim() !== '') lastContent = lines[i].trim();
      continue;
    }
    const [, indent, fence, info = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = lines[j].trim();
      if (close[0] === fence[0] && close.length >= fence.length && /^(`+|~+)$/.test(close)) break;
      // Content is indented like the fence (inside a list item): strip that much.
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
    }
    const skipped = lastContent === SKIP_MARKER;
    const lang = info.toLowerCase();
    const code = `${body.join('\n')}\n`;
    if (!skipped && tags.has(lang) && code.trim() !== '' && !isShellSession(code)) {
      const line = i + 1;
      examples.push({ file, line, lang: info, code: /^\s*>>> /.test(code) ? doctestScript(code, file, line) : code });
    }
    lastContent = fence;
    i = j;
  }
  return examples;
}
