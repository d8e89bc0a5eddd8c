meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "pain", ask "sleep", go = "@end" }
question "pain" { text = "How much pain do you have now?", scale = { 10, 0 } }
question "sleep" { text = "How do you sleep?", options = { } }
red_flag "bad" { when = true, level = "soon", patient = "Tell the desk." }
scene "later" { say "Please tell the desk." { card = "soon" }, go = "@end" }
