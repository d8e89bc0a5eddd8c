meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "sleep", pick_prompts, go = "@end" }
question "sleep" { text = "How do you sleep?", options = { { "well", "Well" }, { "badly", "Badly" } } }
prompt "p1" { text = "Why is my sleep bad?", suggest = "badly" }
