meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "cancer", go = "@end" }
question "cancer" { text = "Have you ever had cancer?", options = { { "yes", "Yes" }, { "no", "No" } } }
safety_net "no_signs" { when = answered("cancer", "yes"), title = "Get help straight away if:" }
safety_net "one_string" { title = "Get help straight away if:", signs = "New numbness." }
safety_net "not_text" { title = "Get help straight away if:", signs = { "New numbness.", 42 } }
safety_net "too_many" { title = "Get help if:", signs = { "a", "b", "c", "d", "e", "f", "g", "h", "i" } }
safety_net "bad_field" { title = "Get help if:", signs = { "New numbness." }, action_text = "Call 999." }
safety_net "no_title" { signs = { "New numbness." } }
safety_net "twice" { title = "Get help if:", signs = { "New numbness." } }
safety_net "twice" { title = "Get help if:", signs = { "New numbness." } }
