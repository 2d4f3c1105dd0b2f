"""Strict YAML → plain data, with the source position of every node kept for error messages.

The plan's YAML files are edited by hand by people who are not programmers, so this package
refuses the parts of YAML that silently change meaning (YAML 1.1 booleans such as ``no``, anchors
and aliases, duplicate keys, explicit tags, tabs) instead of guessing, and it reports every hazard
it can find in one pass, each with an exact 1-based line and column, so one CI run shows them all.

Why not ``yaml.safe_load``: PyYAML resolves plain scalars by YAML 1.1 rules (``no`` → ``False``,
``2017-05-10`` → ``date``, ``017`` → 15, ``1:30`` → 90), silently keeps the last of two duplicate
keys, expands aliases (the "billion laughs" bomb) and forgets positions. So we only let PyYAML
*compose* (libyaml's C composer, which never expands an alias: it reuses the same node object) and
build the Python values ourselves from the nodes, with YAML 1.2 core-schema resolution.

The parts, in the order a file goes through them (`load` runs them):

- `read`: the file → bytes (fstat first: directories, pipes, devices and huge files are refused
  unread);
- `decode`: bytes → NFC text (BOM, CRLF, control and bidi characters in the raw text);
- `scan`: text scans (tabs; cheap over-estimates of depth and size) before anything is read;
- `simple`: the short way for the common shape of a record (block mappings and lists of one-line
  values), read line by line into the same data (`plain`: YAML 1.2 core-schema resolution of
  plain scalars, shared by both ways); anything it is not certain of takes the full way;
- `full`: the full way, which finds and positions every problem, loaded (with PyYAML) by the
  first file that needs it:
  - `events`: the event scan (anchors and aliases, depth, number of values) before composing;
  - `compose`: text → node tree, with libyaml's C composer or PyYAML's pure-Python one, and what
    a parser error means for a person;
  - `build`: nodes → plain data (duplicate keys, tags, YAML 1.1 booleans, control characters
    that escapes make in double-quoted text);
- `document`: `YamlDocument`, the data, and its positions when a problem asks (`locate`: the
  lazily built index from a data path to a node; a document read the short way is composed then);
- `problem` and `limits`: the problem type, positions, and the bounds.

Bounds (`limits`, issue #16): a file is at most 2 MiB, nests at most 64 levels and holds at most
20,000 values (the biggest real record holds a few hundred), so that one file under the limits
costs a bounded time and memory whatever its shape. Every part is linear in the text, and each
position asked of a document costs O(1).

Control characters (issue #16): values are printed to terminals, CI logs, HTML and calendars, so
a value may hold no character that is invisible there or changes how the rest is shown.

- In the raw file: C0 and C1 control characters other than tab and line feed (CR and CRLF are
  read as line feed), the Unicode line and paragraph separators, U+FFFE/U+FFFF and every Unicode
  *Bidi_Control* character (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069; in comments
  too, where they can hide text from a reviewer) are refused, the first of each line, and the file
  is not parsed further. Tabs have their own rule (``yaml-tab``).
- In double-quoted text, an escape that makes one of those characters or a tab, a line feed or
  a carriage return (``"\\e[2J"``, ``"x\\ny"``, ``"\\u202e"``) is refused at the backslash, in keys
  and values alike. A line break that is a real line break in the file stays allowed: a ``|`` or
  ``>`` block, or the blank line inside a text that spans lines, so what a reviewer sees in the
  file is what the value holds. Both are ``yaml-control-char``.

Problems are values (`YamlProblem`, whose message is an `cchc.i18n.Message`), never exceptions:
nothing here raises for bad input.
"""

from __future__ import annotations

from cchc.yaml.document import YamlDocument
from cchc.yaml.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES
from cchc.yaml.load import load_yaml
from cchc.yaml.problem import YamlProblem
from cchc.yaml.read import read_yaml_file

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_NODES",
    "YamlDocument",
    "YamlProblem",
    "load_yaml",
    "read_yaml_file",
]
