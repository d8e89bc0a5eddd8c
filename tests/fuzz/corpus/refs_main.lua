start "welcome"
scene "welcome" {
  ask "pain",
  ask "nope",
  choice { "On", go = "nowhere" },
  go = "@end",
}
question "pain" { text = "Pain?", options = { "Yes", "No" } }
note "n" { text = "x", when = answered("pain", "Maybe") }
red_flag "f" { when = visited("lost"), level = "today", patient = "x" }
