-- A pack whose script function fails while a patient is using it.
meta { title = "Broken at run time", language = "en", version = "test" }
start "welcome"
scene "welcome" {
  say "Hello.",
  ask "areas",
  ask "follow_up" { when = function() local t = nil; return t.field end },
  go = "@end",
}
question "areas" { text = "Where is your pain?", options = { "My back", "My knee" },
                   multiple = true }
question "follow_up" { text = "Tell me more.", options = { "Yes", "No" } }
red_flag "hot" { when = answered("areas", "My knee"), level = "urgent",
                 patient = "Please show this screen at the desk.", clinician = "test" }
