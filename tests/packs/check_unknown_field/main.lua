meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "pain", go = "@end" }
question "pain" { text = "How much pain do you have now?", scael = { 0, 10 } }
red_flag "bad" { when = true, levle = "today", patient = "Tell the desk." }
