"""A problem statement in LaTeX turned into Markdown, for the common cases only, reporting what it leaves."""

from __future__ import annotations

import dataclasses
import re

# Commands whose one braced argument becomes Markdown around it.
_WRAPPERS = {
    "textbf": "**{}**",
    "emph": "*{}*",
    "textit": "*{}*",
    "texttt": "`{}`",
    "underline": "{}",
    "textrm": "{}",
    "mbox": "{}",
    "url": "<{}>",
}
_HEADINGS = {"section": "##", "subsection": "###", "subsubsection": "####"}
# Commands that carry no text worth keeping (spacing, layout).
_DROPPED = {"noindent", "medskip", "bigskip", "smallskip", "vspace", "hspace", "centering", "clearpage"}
_SYMBOLS = {
    r"\%": "%",
    r"\&": "&",
    r"\_": "_",
    r"\#": "#",
    r"\{": "{",
    r"\}": "}",
    r"\ldots": "...",
    r"\dots": "...",
    r"\,": " ",
    "``": '"',
    "''": '"',
    "---": "\u2014",
    "--": "\u2013",
}
_LIST_ENVIRONMENTS = {"itemize": "- ", "enumerate": "1. ", "description": "- "}


@dataclasses.dataclass
class Converted:
    markdown: str
    title: str | None
    # Figures dropped and commands or environments left as written, by name, for the import report.
    left_out: list[str]


def latex_to_markdown(source: str) -> Converted:
    protected: list[str] = []

    def protect(text: str) -> str:
        protected.append(text)
        return f"\x00{len(protected) - 1}\x00"

    left_out: list[str] = []
    text = source.replace("\r\n", "\n").replace(r"\$", protect("\\$"))
    text = re.sub(
        r"\\begin\{verbatim\}\n?(.*?)\\end\{verbatim\}",
        lambda m: "\n\n" + protect(f"```\n{m.group(1).rstrip()}\n```") + "\n\n",
        text,
        flags=re.DOTALL,
    )
    text = re.sub(r"\\verb(.)(.*?)\1", lambda m: protect(f"`{m.group(2)}`"), text)
    text = "\n".join(_without_comment(line) for line in text.split("\n"))
    # Mathematics stays as written: $...$, $$...$$; \(...\) and \[...\] become the dollar forms.
    text = re.sub(r"\$\$(.+?)\$\$", lambda m: protect(m.group(0)), text, flags=re.DOTALL)
    text = re.sub(r"\\\[(.+?)\\\]", lambda m: protect(f"$${m.group(1)}$$"), text, flags=re.DOTALL)
    text = re.sub(r"\\\((.+?)\\\)", lambda m: protect(f"${m.group(1)}$"), text, flags=re.DOTALL)
    text = re.sub(r"(?<!\\)\$(.+?)(?<!\\)\$", lambda m: protect(m.group(0)), text, flags=re.DOTALL)
    text = "\n".join(line.strip() for line in text.split("\n"))

    title, text = _take_command(text, "problemname")
    text = _drop_environment(text, "figure", left_out)
    text = _replace_commands(text, left_out)
    text = _lists(text)
    text = re.sub(r"\\begin\{center\}|\\end\{center\}", "\n", text)
    text = re.sub(r"\\\\(\[[^\]]*\])?", "\n", text)
    for latex, plain in _SYMBOLS.items():
        text = text.replace(latex, plain)
    text = re.sub(r"(?<!\\)~", " ", text)
    for environment in sorted(set(re.findall(r"\\begin\{([^}]*)\}", text))):
        left_out.append(f"environment {environment} (left as written)")
    for command in sorted(set(re.findall(r"\\([A-Za-z]+)", text))):
        left_out.append(f"command \\{command} (left as written)")
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    text = re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], text)
    # A placeholder restored inside another (math inside verbatim, say) needs a second pass.
    text = re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], text)
    return Converted(markdown=text, title=title, left_out=left_out)


def _without_comment(line: str) -> str:
    match = re.search(r"(?<!\\)%", line)
    return line if match is None else line[: match.start()].rstrip()


def _braced(text: str, start: int) -> tuple[str, int] | None:
    """The argument in braces that opens at `start` (after optional spaces), and the index past it."""
    index = start
    while index < len(text) and text[index] in " \t":
        index += 1
    if index >= len(text) or text[index] != "{":
        return None
    depth = 0
    for position in range(index, len(text)):
        if text[position] == "{" and text[position - 1] != "\\":
            depth += 1
        elif text[position] == "}" and text[position - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[index + 1 : position], position + 1
    return None


def _optional(text: str, start: int) -> int:
    """Skip an optional [argument]."""
    if start < len(text) and text[start] == "[":
        end = text.find("]", start)
        if end != -1:
            return end + 1
    return start


def _take_command(text: str, name: str) -> tuple[str | None, str]:
    match = re.search(rf"\\{name}\b", text)
    if match is None:
        return None, text
    argument = _braced(text, match.end())
    if argument is None:
        return None, text
    value, end = argument
    return " ".join(value.split()), text[: match.start()] + text[end:]


def _drop_environment(text: str, environment: str, left_out: list[str]) -> str:
    def dropped(match: re.Match[str]) -> str:
        files = re.findall(r"\\includegraphics(?:\[[^\]]*\])?\{([^}]*)\}", match.group(0))
        left_out.append(f"figure {', '.join(files) or '(no image)'} (figures are not imported)")
        return "\n"

    pattern = rf"\\begin\{{{environment}\}}.*?\\end\{{{environment}\}}"
    return re.sub(pattern, dropped, text, flags=re.DOTALL)


def _replace_commands(text: str, left_out: list[str]) -> str:
    """Rewrite known commands, innermost arguments first, from the end so indices stay valid."""
    pattern = re.compile(r"\\([A-Za-z]+)(\*?)")
    position = len(text)
    while True:
        matches = [m for m in pattern.finditer(text) if m.start() < position]
        if not matches:
            return text
        match = matches[-1]
        position = match.start()
        name = match.group(1)
        start = _optional(text, match.end())
        replacement: str | None = None
        end = match.end()
        if name in _DROPPED:
            argument = _braced(text, start) if name in ("vspace", "hspace") else None
            replacement, end = "", argument[1] if argument else end
        elif name in _WRAPPERS or name in _HEADINGS:
            argument = _braced(text, start)
            if argument is not None:
                value, end = argument
                value = " ".join(value.split())
                if name in _HEADINGS:
                    replacement = f"\n\n{_HEADINGS[name]} {value}\n\n"
                else:
                    replacement = _WRAPPERS[name].format(value)
        elif name == "href":
            target = _braced(text, start)
            label = _braced(text, target[1]) if target else None
            if target and label:
                replacement, end = f"[{label[0]}]({target[0]})", label[1]
        elif name in ("illustration", "includegraphics"):
            arguments, cursor = [], start
            while (argument := _braced(text, cursor)) is not None:
                arguments.append(argument[0])
                cursor = argument[1]
            image = arguments[1] if name == "illustration" and len(arguments) > 1 else arguments[0:1]
            left_out.append(f"figure {''.join(image)} (figures are not imported)")
            replacement, end = "", cursor
        if replacement is not None:
            text = text[: match.start()] + replacement + text[end:]


def _lists(text: str) -> str:
    """\\begin{itemize} ... \\item ... \\end{itemize} as Markdown lists, nested by indentation."""
    stack: list[str] = []

    def rewrite(match: re.Match[str]) -> str:
        # Blank lines around the outermost list only: a blank line inside would make the list loose.
        if match.group(1):
            stack.append(match.group(1))
            return "\n\n" if len(stack) == 1 else ""
        if match.group(2):
            if stack:
                stack.pop()
            return "\n\n" if not stack else ""
        if not stack:
            return match.group(0)
        label = match.group(3)
        marker = _LIST_ENVIRONMENTS[stack[-1]]
        prefix = "\n" + "   " * (len(stack) - 1) + marker
        return prefix + (f"**{label}** " if label else "")

    names = "|".join(_LIST_ENVIRONMENTS)
    pattern = (
        rf"\s*\\begin\{{({names})\}}|\s*\\end\{{({names})\}}|\s*\\item(?![A-Za-z])(?:\[([^\]]*)\])?[ \t]*\n?"
    )
    return re.sub(pattern, rewrite, text)
