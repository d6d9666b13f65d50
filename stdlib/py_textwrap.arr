# Python's `textwrap`, written in arr after CPython 3.11's Lib/textwrap.py:
# TextWrapper (`_py_textwrap_TextWrapper`), wrap, fill, shorten, dedent and
# indent. Text is split into chunks with CPython's own regular expressions
# (arr's `re`), so lines break where Python breaks them, hyphens and
# em-dashes included.
#
# What stays different from Python: `\w` and `\d` in arr's `re` always
# match Unicode, as Python's do for str patterns, so nothing is lost there;
# an unknown keyword argument raises arr's TypeError message.

import re as _py_textwrap_re

_py_textwrap_whitespace = "\t\n\x0b\x0c\r "

# The chunk splitters of TextWrapper: words (possibly hyphenated), runs of
# whitespace and em-dashes; or, without break_on_hyphens, whitespace only.
def _py_textwrap_make_wordsep_re() {
    word_punct = "[\\w!\"'&.,?]"
    letter = "[^\\d\\W]"
    whitespace = "[%s]" % _py_textwrap_re.escape(_py_textwrap_whitespace)
    nowhitespace = "[^" + whitespace[1:]
    pattern = ("(" +
        whitespace + "+" +
        "|(?<=" + word_punct + ")-{2,}(?=\\w)" +
        "|" + nowhitespace + "+?(?:" +
            "-(?:(?<=" + letter + "{2}-)|(?<=" + letter + "-" + letter + "-))(?=" + letter + "-?" + letter + ")" +
            "|(?=" + whitespace + "|\\Z)" +
            "|(?<=" + word_punct + ")(?=-{2,}\\w)" +
        "))")
    return _py_textwrap_re.compile(pattern)
}

_py_textwrap_wordsep_re = _py_textwrap_make_wordsep_re()
_py_textwrap_wordsep_simple_re = _py_textwrap_re.compile("([%s]+)" % _py_textwrap_re.escape(_py_textwrap_whitespace))
_py_textwrap_sentence_end_re = _py_textwrap_re.compile("[a-z][\\.\\!\\?][\\\"\\']?\\Z")

def _py_textwrap_make_trans() {
    trans = {}
    for ch in _py_textwrap_whitespace {
        trans[ord(ch)] = ord(" ")
    }
    return trans
}

_py_textwrap_whitespace_trans = _py_textwrap_make_trans()

class _py_textwrap_TextWrapper {
    __name__ = "TextWrapper"
    unicode_whitespace_trans = _py_textwrap_whitespace_trans
    wordsep_re = _py_textwrap_wordsep_re
    wordsep_simple_re = _py_textwrap_wordsep_simple_re
    sentence_end_re = _py_textwrap_sentence_end_re

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]") {
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder
    }

    def _munge_whitespace(self, text) {
        if self.expand_tabs {
            text = text.expandtabs(self.tabsize)
        }
        if self.replace_whitespace {
            text = text.translate(self.unicode_whitespace_trans)
        }
        return text
    }

    def _split(self, text) {
        if self.break_on_hyphens is True {
            chunks = self.wordsep_re.split(text)
        } else {
            chunks = self.wordsep_simple_re.split(text)
        }
        return [c for c in chunks if c]
    }

    def _fix_sentence_endings(self, chunks) {
        i = 0
        while i < len(chunks) - 1 {
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]) {
                chunks[i + 1] = "  "
                i += 2
            } else {
                i += 1
            }
        }
    }

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width) {
        if width < 1 {
            space_left = 1
        } else {
            space_left = width - cur_len
        }
        if self.break_long_words {
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left {
                # break after the last hyphen, if non-hyphens come before it
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]) {
                    end = hyphen + 1
                }
            }
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        } elif not cur_line {
            cur_line.append(reversed_chunks.pop())
        }
    }

    def _wrap_chunks(self, chunks) {
        lines = []
        if self.width <= 0 {
            raise ValueError("invalid width %r (must be > 0)" % (self.width,))
        }
        if self.max_lines is not None {
            if self.max_lines > 1 {
                indent = self.subsequent_indent
            } else {
                indent = self.initial_indent
            }
            if len(indent) + len(self.placeholder.lstrip()) > self.width {
                raise ValueError("placeholder too large for max width")
            }
        }
        chunks.reverse()
        while chunks {
            cur_line = []
            cur_len = 0
            if lines {
                indent = self.subsequent_indent
            } else {
                indent = self.initial_indent
            }
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines {
                del chunks[-1]
            }
            while chunks {
                l = len(chunks[-1])
                if cur_len + l <= width {
                    cur_line.append(chunks.pop())
                    cur_len += l
                } else {
                    break
                }
            }
            if chunks and len(chunks[-1]) > width {
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            }
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "" {
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            }
            if cur_line {
                if (self.max_lines is None or
                    len(lines) + 1 < self.max_lines or
                    (not chunks or
                     self.drop_whitespace and
                     len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width) {
                    lines.append(indent + "".join(cur_line))
                } else {
                    placed = False
                    while cur_line {
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width {
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            placed = True
                            break
                        }
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    }
                    if not placed {
                        done = False
                        if lines {
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width {
                                lines[-1] = prev_line + self.placeholder
                                done = True
                            }
                        }
                        if not done {
                            lines.append(indent + self.placeholder.lstrip())
                        }
                    }
                    break
                }
            }
        }
        return lines
    }

    def _split_chunks(self, text) {
        text = self._munge_whitespace(text)
        return self._split(text)
    }

    def wrap(self, text) {
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings {
            self._fix_sentence_endings(chunks)
        }
        return self._wrap_chunks(chunks)
    }

    def fill(self, text) = "\n".join(self.wrap(text))
}

def _py_textwrap_wrap(text, width=70, **kwargs) {
    w = _py_textwrap_TextWrapper(width=width, **kwargs)
    return w.wrap(text)
}

def _py_textwrap_fill(text, width=70, **kwargs) {
    w = _py_textwrap_TextWrapper(width=width, **kwargs)
    return w.fill(text)
}

def _py_textwrap_shorten(text, width, **kwargs) {
    w = _py_textwrap_TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))
}

_py_textwrap_whitespace_only_re = _py_textwrap_re.compile("^[ \t]+$", _py_textwrap_re.MULTILINE)
_py_textwrap_leading_whitespace_re = _py_textwrap_re.compile("(^[ \t]*)(?:[^ \t\n])", _py_textwrap_re.MULTILINE)

def _py_textwrap_dedent(text) {
    margin = None
    text = _py_textwrap_whitespace_only_re.sub("", text)
    indents = _py_textwrap_leading_whitespace_re.findall(text)
    for indent in indents {
        if margin is None {
            margin = indent
        } elif indent.startswith(margin) {
            pass
        } elif margin.startswith(indent) {
            margin = indent
        } else {
            for i, (x, y) in enumerate(zip(margin, indent)) {
                if x != y {
                    margin = margin[:i]
                    break
                }
            }
        }
    }
    if margin {
        text = _py_textwrap_re.sub("(?m)^" + margin, "", text)
    }
    return text
}

def _py_textwrap_indent(text, prefix, predicate=None) {
    parts = []
    for line in text.splitlines(True) {
        if predicate is None {
            keep = line.strip()
        } else {
            keep = predicate(line)
        }
        parts.append(prefix + line if keep else line)
    }
    return "".join(parts)
}
