from cchc.program import run

run()
