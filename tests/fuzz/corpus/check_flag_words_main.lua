meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "saddle", go = "@end" }
question "saddle" { text = "Is there new numbness between your legs?", options = { "Yes", "No" } }
red_flag "no_words" { when = answered("saddle", "Yes"), level = "urgent" }
red_flag "no_level" { when = answered("saddle", "Yes"), patient = "Please go to the front desk now." }
