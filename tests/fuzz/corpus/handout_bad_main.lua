start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
handout "missing" { title = "Not there", file = "handouts/missing.pdf" }
