meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "saddle", go = "@end" }
question "saddle" { text = "Is there new numbness between your legs?", options = { "Yes", "No" } }
question "bladder" { text = "Is it new for you to have trouble peeing?", options = { "Yes", "No" } }
red_flag "ces" { when = answered("saddle", "Yes"), level = "urgent", patient = "Please go to the front desk now." }
red_flag "bladder" { when = answered("bladder", "Yes"), level = "urgent", patient = "Please go to the front desk now." }
red_flag "never" { when = false, level = "mention", patient = "This is never shown." }
