meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "cancer", go = "@end" }
question "cancer" { text = "Have you ever had cancer?", options = { { "yes", "Yes" }, { "no", "No" } } }
safety_net "answer" { title = "Get help if:", signs = { "Your {answer:cancer} gets worse." } }
safety_net "bad_option" { when = answered("cancer", "maybe"), title = "Get help if:", signs = { "New numbness." } }
safety_net "blank" { title = "  ", signs = { "New numbness." } }
