from cchc.cli import run

run()
