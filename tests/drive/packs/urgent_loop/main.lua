-- urgent_loop -- a small two-language pack (its logic here, Spanish in strings/es.po) for the
-- engine's safety loop: urgent flags with {emergency} and {crisis_line}, a private answer on an urgent item (no_topic = true: a
-- screen that names no topic), a combination (combines), and a slip step at the end of the
-- safety part. Test content only; not clinical text.
meta { title = "Urgent loop test", language = "en", language_name = "English", version = "1",
       default = true,
       sign_off = { "1. Chest pain now is urgent.", "2. Private answers give a screen without a topic." } }

start "welcome"

scene "welcome" {
  say "Hello. This is a test pack.",
  choice { "Begin", go = "safety" },
}

local ANSWERS = { { "yes", "Yes" }, { "no", "No" }, { "private", "I'd rather tell someone in private" } }
local PRIVATE = "private"

scene "safety" {
  ask "chest",
  ask "saddle",
  ask "cancer",
  ask "night",
  slip,
  go = "after",
}

question "chest" { text = "Do you have pain or tightness in your chest right now?",
                   options = ANSWERS, required = true }
question "saddle" { text = "Is there new numbness around your bottom?",
                    options = ANSWERS, required = true }
question "cancer" { text = "Have you ever had cancer?", options = ANSWERS, required = true }
question "night" { text = "Is your pain bad at night, even lying still?", options = ANSWERS,
                   required = true }

red_flag "rf21" {
  when = answered("chest", "yes"), level = "urgent",
  patient = "Your answer about your chest needs a check straight away. If you have left, call {emergency}.",
  clinician = "Chest pain now (possible cardiac cause).",
}
red_flag "rf01" {
  when = answered("saddle", "yes"), level = "urgent",
  patient = "Your answer about numbness needs a check straight away. You can also call {crisis_line}.",
  clinician = "New saddle numbness (possible cauda equina).",
}
red_flag "private_urgent" {
  when = any(answered("chest", PRIVATE), answered("saddle", PRIVATE)), level = "urgent",
  no_topic = true,
  patient = "You asked to talk privately.",
  clinician = "An urgent safety item was answered in private. Offer a private room now.",
}
red_flag "rf08" {
  when = answered("cancer", "yes"), level = "today",
  patient = "I have had cancer.",
  clinician = "History of cancer.",
}
red_flag "rf10" {
  when = answered("night", "yes"), level = "mention",
  patient = "My pain is bad at night.",
  clinician = "Night pain, not eased by rest.",
}
red_flag "combo_cancer_night" {
  when = all(answered("cancer", "yes"), answered("night", "yes")), level = "today",
  combines = { "rf10", "rf08" },
  patient = "Two of my answers together need a check today",
  clinician = "Night pain with a history of cancer: same-day review.",
}

scene "after" {
  say "Thank you. That is the end of the safety questions.",
  ask "own",
  show_list,
  go = "@end",
}

question "own" { text = "Anything else your clinician should know?", typed = true, max = 200 }

note "own" { when = answered("own"), text = "{answer:own}" }
