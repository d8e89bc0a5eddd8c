meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  ask "saddle",
  go = "@end",
}
question "saddle" { text = "Is there new numbness between your legs?", options = { "Yes", "No", "Not sure" } }
red_flag "ces" {
  when = answered("saddle", "yes", "Unsure"),
  level = "urgent",
  patient = "Please go to the front desk now.",
}
