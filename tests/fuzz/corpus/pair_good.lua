-- A small pack that uses every word. Line numbers matter: test_lua_pack.c checks them.
meta { title = "Back pain", language = "en", version = "2026-11-1", language_name = "English" }
start "welcome"
ui { next = "Continue" }
scene "welcome" {
  say "Hello. While you wait, I can help you get ready for your appointment.",
  say "Nothing you tell me is saved.",
  picture "spine",
  choice { "Let's begin", go = "safety" },
  choice { "How pain works", go = "learn", when = answered("seen_before", "No") },
}

scene "learn" { say "Pain is real.", go = "safety" }

scene "safety" {
  ask "saddle",
  ask "areas",
  ask "pain_now" { when = answered("areas", "Back", "Neck") },
  jump { "my_questions", when = at_least("pain_now", 8) },
  ask "own",
  ask "seen_before",
  go = "my_questions",
}

scene "my_questions" {
  say "Pick the questions you want to ask." { when = visited("learn") },
  pick_prompts { max = 4, typed = 2 },
  go = "my_list",
}

scene "my_list" { show_list, go = "@end" }
question "saddle" { text = "Any numbness between your legs?", options = { "Yes", "No", "Not sure" } }
question "areas" { text = "Where is the pain?", options = { "Back", "Neck", "Knee" }, multiple = true }
question "pain_now" {
  text = "How bad is the pain now?",
  scale = { 0, 10 }, low = "No pain", high = "Worst pain imaginable",
}
question "own" { text = "Anything else?", typed = true, max = 120, hint = "Type it here" }
question "seen_before" { text = "Have you seen us before?", options = { "Yes", "No" }, required = true }
red_flag "ces" {
  when = any(answered("saddle", "Yes", "Not sure"), none(visited("welcome"))),
  level = "urgent",
  patient = "Please go to the front desk now.",
  clinician = "Possible cauda equina symptoms",
}
red_flag "bad_pain" {
  when = function(p)
    local n = answer("pain_now")
    return n ~= nil and n >= 9 and p.answered("areas", "Back")
  end,
  level = "today",
  patient = "Your pain is very bad today.",
}
prompt "need_scan" { text = "Do I need a scan? Why or why not?", topic = "Scans" }
prompt "move" { text = "Is it safe to move?" }
note "own_words" { text = "In my words: {answer:own}", when = all(answered("own"), at_most("pain_now", 10)) }

--- es ---
meta { title = "Dolor de espalda", language = "es", language_name = "Español" }
start "welcome"
scene "welcome" {
  say "Hola.",
  choice { "Empecemos", go = "safety" },
  choice { "Cómo funciona el dolor", go = "learn", when = answered("seen_before", "No") },
}
scene "learn" { say "El dolor es real.", go = "safety" }
scene "safety" {
  ask "saddle",
  ask "areas",
  ask "pain_now" { when = answered("areas", "Espalda", "Cuello") },
  jump { "my_questions", when = at_least("pain_now", 8) },
  ask "own",
  ask "seen_before",
  go = "my_questions",
}
scene "my_questions" { pick_prompts { max = 4, typed = 2 }, go = "my_list" }
scene "my_list" { show_list, go = "@end" }

question "saddle" { text = "¿Entumecimiento?", options = { "Sí", "No", "No lo sé" } }
question "areas" { text = "¿Dónde?", options = { "Espalda", "Cuello", "Rodilla" }, multiple = true }
question "pain_now" { text = "¿Cuánto dolor?", scale = { 0, 10 } }
question "own" { text = "¿Algo más?", typed = true }
question "seen_before" { text = "¿Nos ha visitado antes?", options = { "Sí", "No" }, required = true }

red_flag "ces" {
  when = any(answered("saddle", "Sí", "No lo sé"), none(visited("welcome"))),
  level = "urgent",
  patient = "Vaya al mostrador.",
}
red_flag "bad_pain" {
  when = function(p) return (answer("pain_now") or 0) >= 9 and p.answered("areas", "Espalda") end,
  level = "today",
  patient = "Mucho dolor.",
}
prompt "need_scan" { text = "¿Necesito una prueba de imagen?", topic = "Pruebas" }
prompt "move" { text = "¿Es seguro moverme?" }
note "own_words" {
  text = "En mis palabras: {answer:own}",
  when = all(answered("own"), at_most("pain_now", 10)),
}
