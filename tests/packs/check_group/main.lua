meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
local YN = { { "yes", "Yes" }, { "no", "No" } }
scene "welcome" {
  ask_group { "saddle", "bladder", text = "Do you have any of these?" },
  ask_group { "fever", "fevr", "fever", "pain", "weight", text = "Or any of these?" },
  ask "weight",
  go = "@end",
}
question "saddle" { text = "New numbness between your legs?", short = "New numbness", options = YN }
question "bladder" { text = "New trouble peeing?", short = "Trouble peeing", options = YN }
question "fever" { text = "Have you had a fever?", options = YN }
question "pain" { text = "How bad is it?", short = "Pain", scale = { 0, 10 } }
question "weight" { text = "Lost weight?", short = "Weight loss", options = YN }
red_flag "saddle" { when = answered("saddle", "yes"), level = "urgent", patient = "Please go to the front desk now." }
