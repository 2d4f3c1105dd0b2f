"""`python -m cchc.rules` prints the README's rule table."""

from cchc.rules import markdown_table

print(markdown_table(), end="")
