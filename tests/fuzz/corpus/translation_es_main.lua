start "welcome"
scene "welcome" { ask "pain", go = "@end" }
question "pain" { text = "¿Dolor?", options = { "Sí", "No" } }
prompt "scan" { text = "¿Necesito una prueba?" }
prompt "extra" { text = "¿Y esto?" }
