meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "saddle", go = "@end" }
question "saddle" { text = "Is there new numbness between your legs?", options = { "Yes", "No" } }
red_flag "ces" {
  when = answered("saddle", "Yes"),
  level = "urgent",
  patient = "Your answer about new numbness between your legs needs a check straight away. Please go to the front desk now and show them this screen. Do not wait for your appointment. Do not drive yourself home.",
}
