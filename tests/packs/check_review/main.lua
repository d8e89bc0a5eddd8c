meta { title = "Check test", version = "1", reviewed_by = "not yet reviewed" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
