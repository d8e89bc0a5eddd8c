meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "sleep", go = "@end" }
question "sleep" { text = "How do you sleep?", options = { "Well", "Badly" } }
question "sleep" { text = "How do you sleep at night?", options = { "Well", "Badly" } }
question "mood" { text = "How is your mood?", options = { "Good", "Low", "Good" } }
