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
