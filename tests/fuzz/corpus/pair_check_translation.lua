meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "saddle", go = "learn" }
scene "learn" { say "Pain is real.", go = "@end" }
question "saddle" { text = "Is there new numbness between your legs?", options = { "Yes", "No" } }
red_flag "ces" { when = answered("saddle", "Yes"), level = "urgent", patient = "Please go to the front desk now." }

--- es ---
meta { title = "Prueba", language = "sp", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
ui { next = "Siguiente" }
start "welcome"
scene "welcome" { ask "saddle", go = "@end" }
scene "extra" { say "Hola.", go = "@end" }
question "saddle" { text = "¿Tiene un entumecimiento nuevo entre las piernas?", options = { "Sí", "No", "No lo sé" } }
red_flag "ces" { when = answered("saddle", "Sí"), level = "today", patient = "Vaya al mostrador." }
