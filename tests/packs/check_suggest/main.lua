meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "sleep", go = "@end" }
question "sleep" { text = "How do you sleep?", options = { { "well", "Well" }, { "badly", "Badly" } } }
prompt "p1" { text = "Why is my sleep bad?", suggest = answered("sleep", "bad") }
prompt "p2" { text = "What helps me sleep?", suggest = answered("sleeping", "badly") }
prompt "p3" { text = "Is it my pillow?", suggest = answered("sleep", "badly") }
