meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "sleep", ask "pain", go = "@end" }
question "sleep" { text = "How do you sleep?", options = { "Well", "Badly" } }
question "pain" { text = "How much pain do you have now?", scale = { 0, 10 } }
note "sleep" { when = at_least("sleep", 2), text = "I sleep badly." }
note "pain" { when = at_least("pain", 11), text = "My pain is very bad." }
