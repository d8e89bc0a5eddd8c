meta { title = "Prueba", language = "sp", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
ui { next = "Siguiente" }
start "welcome"
scene "welcome" { ask "saddle", go = "@end" }
scene "extra" { say "Hola.", go = "@end" }
question "saddle" { text = "¿Tiene un entumecimiento nuevo entre las piernas?", options = { "Sí", "No", "No lo sé" } }
red_flag "ces" { when = answered("saddle", "Sí"), level = "today", patient = "Vaya al mostrador." }
