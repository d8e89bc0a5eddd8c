meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
question "sleep" { text = "How do you sleep?", options = { "Well", "Badly" } }
