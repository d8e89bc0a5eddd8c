start "welcome"
scene "welcome" { say "Hello", go = "@end" }
question "q" { text = "Pain?", options = { "Yes", "No" } }
red_flag "ces" {
  when = answered("q", "Yes"),
  levle = "urgent",
  patient = "Go to the desk.",
}
