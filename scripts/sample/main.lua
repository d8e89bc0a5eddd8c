-- A small sample pack that uses every part of the script language.
-- The full clinical pack is in scripts/clinic/.
meta { title = "Sample pack", language = "en", version = "2026-11-1",
       language_name = "English" }

start "welcome"

-- How Read aloud says some words: MRI spelt out, the staff's codes (RF-01...) never read.
pronounce { MRI = "M R I", ["RF-*"] = "" }

scene "welcome" {
  say "Hello. While you wait, I can help you get ready for your appointment.",
  say "Nothing you tell me is saved.",
  ask "seen_before",
  choice { "Let's begin", go = "safety" },
  choice { "How pain works", go = "learn", when = answered("seen_before", "no") },
}

question "seen_before" {
  text = "Have you used this screen before?",
  options = { { "yes", "Yes" }, { "no", "No" } },
}

scene "safety" {
  say "First, a few safety questions. We ask everyone. Most people answer no.",
  ask "areas",
  ask "saddle" { when = answered("areas", "back") },
  ask "bladder" { when = answered("areas", "back") },
  ask "knee_hot" { when = answered("areas", "knee") },
  go = "about_you",
}

question "areas" {
  text = "Where is your pain? Tick all that apply.",
  options = { { "back", "My back" }, { "neck", "My neck" }, { "knee", "My knee" } },
  multiple = true,
}

question "saddle" {
  text = "Is there new numbness between your legs or around your bottom?",
  options = { { "yes", "Yes" }, { "no", "No" }, { "unsure", "Not sure" } },
  private = true, -- read aloud only through headphones
}

question "bladder" {
  text = "Is it new for you to have trouble peeing?",
  options = { { "yes", "Yes" }, { "no", "No" }, { "unsure", "Not sure" } },
}

question "knee_hot" {
  text = "Is your knee hot, swollen and very painful?",
  options = { { "yes", "Yes" }, { "no", "No" }, { "unsure", "Not sure" } },
}

scene "learn" {
  picture "alarm",
  say "Pain is real. It is your body's alarm system.",
  say "The alarm can get extra sensitive. It can go off when there is little danger.",
  go = "safety",
}

scene "about_you" {
  say "Now a little about you. You can skip any question.",
  ask "pain_now",
  ask "sleep",
  jump { "my_questions", when = at_most("pain_now", 2) },
  ask "own_words",
  go = "my_questions",
}

question "pain_now" {
  text = "How much pain do you have right now?",
  scale = { 0, 10 }, low = "No pain", high = "Worst pain imaginable",
}

question "sleep" {
  text = "How has your sleep been?",
  options = { { "good", "Good" }, { "ok", "OK" }, { "poor", "Poor" } },
}

question "own_words" {
  text = "Is there anything else you want your clinician to know?",
  typed = true, max = 200,
}

red_flag "ces" {
  when = any(answered("saddle", "yes", "unsure"), answered("bladder", "yes", "unsure")),
  level = "urgent", private = true,
  patient = "Your answer means a member of staff should check on you now.",
  clinician = "Possible cauda equina symptoms",
}

red_flag "hot_knee" {
  when = answered("knee_hot", "yes", "unsure"),
  level = "today",
  patient = "Please tell the front desk about your hot, swollen knee before your appointment.",
  clinician = "Hot swollen joint: check for infection",
}

red_flag "severe" {
  when = at_least("pain_now", 9),
  level = "mention",
  patient = "My pain is very bad today.",
  clinician = "Pain 9 or 10 out of 10",
}

note "sleep" { when = answered("sleep", "poor"), text = "My sleep has been {answer:sleep}." }
note "own" { when = answered("own_words"), text = "{answer:own_words}" }

prompt "need_scan" { text = "Do I need a scan? Why or why not?", topic = "Scans" }
prompt "scan_words" { text = "What do the words on my scan report mean?", topic = "Scans" }
prompt "safe_moves" { text = "Which movements are safe for me now?", topic = "Moving" }
prompt "flare" { text = "What should I do if I have a flare-up?", topic = "Moving" }

scene "my_questions" {
  say "Which questions would you like to ask today?",
  pick_prompts { max = 3 },
  go = "my_list",
}

scene "my_list" {
  say "Here is your list. You can print it and take it with you.",
  show_list,
  go = "@end",
}

handout "moving" {
  title = "Keeping moving",
  text = {
    "Gentle, regular movement is safe and helps most people.",
    "## Start small",
    "Pick something you can do on a bad day. Do a little more each week.",
  },
}

handout "leaflet" { title = "Sample leaflet", file = "handouts/leaflet.pdf" }
